import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context, Hono } from "hono";
import { pageLookupQueries, sessionQueries } from "@sm/db";
import { matchPagePath } from "@sm/domain";
import { pageScope } from "./audience";
import { resolveViewer, type ViewerDeps } from "./auth/viewer";
import { DEFAULT_CONFIG, type AppDeps } from "./deps";

/** Where `vite build` puts the web app, independent of the working directory. */
export const WEB_DIST_DIR = fileURLToPath(new URL("../../web/dist/", import.meta.url));

/**
 * Serves the built web app next to the API: hashed assets with a long cache, and index.html for
 * the web app's pages. A path that is no page, or a page whose measure, KPI or field does not
 * exist for the person asking, gets the same index.html with 404, so the web app still shows its
 * German "not found" page while browsers, crawlers and link checkers learn the truth. Registered
 * after the API routes; /api/* never falls through to the HTML page. index.html is read once at
 * start-up: after a new `npm run build`, restart the server.
 */
export function mountWebApp(app: Hono, deps: AppDeps, distDir = WEB_DIST_DIR): void {
  const indexPath = join(distDir, "index.html");
  if (!existsSync(indexPath)) {
    throw new Error(`Die Web-Oberfläche ist nicht gebaut (${indexPath} fehlt). Bitte zuerst „npm run build“ ausführen.`);
  }
  const indexHtml = readFileSync(indexPath, "utf8");
  const pageStatus = pageStatusOf(deps);
  app.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.status === 200) c.header("Cache-Control", "public, max-age=31536000, immutable");
  });
  // The built source maps stay on disk for debugging; the public gets no copy of the sources.
  app.use("*", async (c, next) => (c.req.path.endsWith(".map") ? c.notFound() : next()));
  app.use("*", serveStatic({ root: distDir }));
  app.get("*", (c) => {
    // A missing script or stylesheet must fail as such, not arrive as an HTML page.
    if (c.req.path.startsWith("/api/") || c.req.path.startsWith("/assets/")) return c.notFound();
    const { status, perViewer } = pageStatus(c);
    c.header("Cache-Control", "no-cache");
    // The same address may be a page for a council member and none for a visitor.
    if (perViewer) c.header("Vary", "Cookie");
    return c.html(indexHtml, status);
  });
}

/**
 * 200 for a page of the web app, 404 for anything else. A measure or KPI counts only when the
 * person asking may read it (the API's own rules), so an internal measure answers a visitor
 * exactly like a code that never existed. The date shown (`?stand=`) plays no part: a measure's
 * page exists on every date, and the page itself says what was known then.
 */
function pageStatusOf(deps: AppDeps) {
  const viewerDeps: ViewerDeps = {
    sessions: sessionQueries(deps.db),
    now: deps.clock,
    config: { ...DEFAULT_CONFIG, ...deps.config },
  };
  const lookup = pageLookupQueries(deps.db);
  return (c: Context): { status: 200 | 404; perViewer: boolean } => {
    // The raw path: Hono's c.req.path is already partly decoded, and the match decodes each segment once.
    const page = matchPagePath(new URL(c.req.url).pathname);
    if (!page) return { status: 404, perViewer: false };
    if (!page.param || page.value === undefined) return { status: 200, perViewer: false };
    const perViewer = page.param !== "field";
    const viewer = perViewer ? resolveViewer(c, viewerDeps).viewer : null;
    return { status: lookup.exists(page.param, page.value, pageScope(viewer)) ? 200 : 404, perViewer };
  };
}
