import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";

/** Where `vite build` puts the web app, independent of the working directory. */
export const WEB_DIST_DIR = fileURLToPath(new URL("../../web/dist/", import.meta.url));

/**
 * Serves the built web app next to the API: hashed assets with a long cache, every other GET
 * (a client-side route such as /massnahmen/HF1-03) gets index.html. Registered after the API
 * routes, and /api/* never falls through to the HTML page. index.html is read once at start-up:
 * after a new `npm run build`, restart the server.
 */
export function mountWebApp(app: Hono, distDir = WEB_DIST_DIR): void {
  const indexPath = join(distDir, "index.html");
  if (!existsSync(indexPath)) {
    throw new Error(`Die Web-Oberfläche ist nicht gebaut (${indexPath} fehlt). Bitte zuerst „npm run build“ ausführen.`);
  }
  const indexHtml = readFileSync(indexPath, "utf8");
  app.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.status === 200) c.header("Cache-Control", "public, max-age=31536000, immutable");
  });
  app.use("*", serveStatic({ root: distDir }));
  app.get("*", (c) => {
    // A missing script or stylesheet must fail as such, not arrive as an HTML page.
    if (c.req.path.startsWith("/api/") || c.req.path.startsWith("/assets/")) return c.notFound();
    c.header("Cache-Control", "no-cache");
    return c.html(indexHtml);
  });
}
