import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context, Hono } from "hono";
import { getCookie } from "hono/cookie";
import { SESSION_COOKIE } from "./auth/session-cookie";
import { pageLookupQueries, sessionQueries } from "@sm/db";
import { matchPagePath, type PageMatch } from "@sm/domain";
import { pageScope } from "./audience";
import { resolveViewer, type ViewerDeps } from "./auth/viewer";
import { DEFAULT_CONFIG, type AppDeps } from "./deps";
import { anonymousAnswers, FIRST_VIEW_ELEMENT_ID, firstViewApiPaths, pagePreloads } from "./first-view";
import { COMPRESSION_THRESHOLD, compressBody, preferredEncoding } from "./middleware/accept-encoding";

/** Where `vite build` puts the web app, independent of the working directory. */
export const WEB_DIST_DIR = fileURLToPath(new URL("../../web/dist/", import.meta.url));

/**
 * Serves the built web app next to the API: hashed assets with a long cache, and index.html for
 * the web app's pages. A path that is no page, or a page whose measure, KPI or field does not
 * exist for the person asking, gets the same index.html with 404, so the web app still shows its
 * German "not found" page while browsers, crawlers and link checkers learn the truth. Registered
 * after the API routes; /api/* never falls through to the HTML page. index.html is read (and
 * compressed) once at start-up: after a new `npm run build`, restart the server. Scripts and
 * stylesheets go out as the .br/.gz files the build writes beside them (vite.config.ts), when the
 * browser accepts that encoding. A public page's HTML also preloads the page's chunk and carries the
 * anonymous API answers its first view needs (first-view.ts), so the browser neither waits for the
 * entry script to learn which chunk comes next nor for the entry and the chunk before it asks for data.
 */
export function mountWebApp(app: Hono, deps: AppDeps, distDir = WEB_DIST_DIR): void {
  const indexPath = join(distDir, "index.html");
  if (!existsSync(indexPath)) {
    throw new Error(`Die Web-Oberfläche ist nicht gebaut (${indexPath} fehlt). Bitte zuerst „npm run build“ ausführen.`);
  }
  const template = readFileSync(indexPath, "utf8");
  const indexHtml = compressedVariants(Buffer.from(template));
  const preloads = pagePreloads(distDir);
  const pageStatus = pageStatusOf(deps);
  app.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    // serveStatic says so only when it picked a compressed file; the plain answer varies just the same.
    if (!/accept-encoding/i.test(c.res.headers.get("Vary") ?? "")) c.header("Vary", "Accept-Encoding", { append: true });
  });
  // The built source maps stay on disk for debugging; the public gets no copy of the sources, nor
  // the build's manifest (.vite/), which names them.
  app.use("*", async (c, next) => (c.req.path.endsWith(".map") || c.req.path.includes("/.") ? c.notFound() : next()));
  const files = serveStatic({ root: distDir, precompressed: true });
  // "/" is a page like any other (status, Cache-Control), not the dist folder's index file.
  app.use("*", async (c, next) => (c.req.path === "/" ? next() : files(c, next)));
  app.get("*", async (c) => {
    // A missing script or stylesheet must fail as such, not arrive as an HTML page.
    if (c.req.path.startsWith("/api/") || c.req.path.startsWith("/assets/")) return c.notFound();
    const { status, perViewer, page } = pageStatus(c);
    c.header("Cache-Control", "no-cache");
    c.header("Content-Type", "text/html; charset=UTF-8");
    c.header("Vary", "Accept-Encoding");
    // The same address may be a page for a council member and none for a visitor.
    if (perViewer) c.header("Vary", "Cookie", { append: true });
    const encoding = preferredEncoding(c.req.header("Accept-Encoding"));
    if (page && status === 200) {
      const url = new URL(c.req.url);
      // Someone who may be signed in gets no anonymous answers, which could show them less than they may see.
      const maybeSignedIn = getCookie(c, SESSION_COOKIE) !== undefined;
      if (!perViewer) c.header("Vary", "Cookie", { append: true });
      const paths = maybeSignedIn ? [] : firstViewApiPaths(page, url.searchParams);
      const data = await anonymousAnswers(app, url.origin, paths);
      const head = preloads[page.name] ?? "";
      if (data !== null || head) {
        const html = withFirstView(template, head, data);
        if (encoding === null || html.byteLength < COMPRESSION_THRESHOLD) return c.body(new Uint8Array(html), status);
        c.header("Content-Encoding", encoding);
        return c.body(compressBody(html, encoding), status);
      }
    }
    const compressed = encoding === null ? undefined : indexHtml[encoding];
    if (encoding === null || compressed === undefined) return c.body(indexHtml.identity, status);
    c.header("Content-Encoding", encoding);
    return c.body(compressed, status);
  });
}

/** The page shell with a page's preload tags at the end of <head> and its data block at the end of <body>. */
function withFirstView(template: string, head: string, data: string | null): Buffer {
  const block = data === null ? "" : `<script type="application/json" id="${FIRST_VIEW_ELEMENT_ID}">${data}</script>`;
  const withHead = head && template.includes("</head>") ? template.replace("</head>", `${head}</head>`) : template;
  // A function as replacement: the data may hold "$&" and the like, which a string replacement would expand.
  return Buffer.from(withHead.includes("</body>") ? withHead.replace("</body>", () => `${block}</body>`) : withHead + block);
}

/** The page shell as it is and, when large enough to pay, brotli- and gzip-compressed. */
function compressedVariants(body: Buffer): { identity: Uint8Array<ArrayBuffer>; br?: Uint8Array<ArrayBuffer>; gzip?: Uint8Array<ArrayBuffer> } {
  const identity = new Uint8Array(body);
  if (identity.byteLength < COMPRESSION_THRESHOLD) return { identity };
  return {
    identity,
    br: compressBody(identity, "br", "max"),
    gzip: compressBody(identity, "gzip", "max"),
  };
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
  return (c: Context): { status: 200 | 404; perViewer: boolean; page: PageMatch | null } => {
    // The raw path: Hono's c.req.path is already partly decoded, and the match decodes each segment once.
    const page = matchPagePath(new URL(c.req.url).pathname);
    if (!page) return { status: 404, perViewer: false, page };
    if (!page.param || page.value === undefined) return { status: 200, perViewer: false, page };
    const perViewer = page.param !== "field";
    const viewer = perViewer ? resolveViewer(c, viewerDeps).viewer : null;
    return { status: lookup.exists(page.param, page.value, pageScope(viewer)) ? 200 : 404, perViewer, page };
  };
}
