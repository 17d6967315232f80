import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Hono } from "hono";
import { isIsoDate, type PageMatch, type PageName } from "@sm/domain";

/**
 * What a page's first view needs beyond the shell, put into the HTML so the browser does not wait
 * for the entry script to ask for it: a `modulepreload` for the page's own chunk and its imports
 * (otherwise requested only once the entry runs), and the public API answers the page asks for
 * first, as a JSON data block the web app reads instead of fetching (apps/web/src/api/client.ts).
 *
 * The answers are the API's own anonymous ones, asked for through the app without the visitor's
 * cookies, so the page is the same for everyone and holds nothing internal; a signed-in person's
 * web app fetches again once it knows who is signed in. A data block is not executed, so the
 * Content-Security-Policy (script-src 'self') stays as it is.
 */

/** The element id the web app reads the answers from. */
export const FIRST_VIEW_ELEMENT_ID = "sm-first-view";

/** The module of each page's lazily loaded chunk (apps/web/src/routes.tsx), for the preload. */
const PAGE_MODULES: Partial<Record<PageName, string>> = {
  overview: "src/features/overview/overview-page.tsx",
  field: "src/features/field/field-page.tsx",
  measures: "src/features/measures/measures-page.tsx",
  measure: "src/features/measure/measure-page.tsx",
  kpis: "src/features/kpi/kpi-list-page.tsx",
  kpi: "src/features/kpi/kpi-page.tsx",
  changes: "src/features/changes/changes-page.tsx",
  methodology: "src/features/methodology/methodology-page.tsx",
};

/**
 * The API addresses a public page requests on its first view, exactly as the web app's queries
 * (apps/web/src/api/queries.ts) build them; an address that drifts from the web app's is merely
 * fetched again (tests/e2e/layout-stability.e2e.test.ts notices). Only pages without filters or
 * search: `?stand=` alone, or nothing.
 */
export function firstViewApiPaths(page: PageMatch, search: URLSearchParams): string[] {
  const keys = [...search.keys()];
  if (keys.some((key) => key !== "stand")) return [];
  const stand = search.get("stand") ?? undefined;
  if (stand !== undefined && !isIsoDate(stand)) return [];
  const asOf = (first: boolean) => (stand ? `${first ? "?" : "&"}asOf=${stand}` : "");
  const code = page.value === undefined ? "" : encodeURIComponent(page.value);
  // Every page's footer reads today's strategy.
  const paths = ["/api/v1/strategy"];
  switch (page.name) {
    case "overview":
      paths.push(`/api/v1/strategy${asOf(true)}`, `/api/v1/progress${asOf(true)}`, `/api/v1/measures?updateDue=true&pageSize=1${asOf(false)}`);
      break;
    case "measures":
      paths.push(`/api/v1/strategy${asOf(true)}`, `/api/v1/measures?order=asc${asOf(false)}`);
      break;
    case "field":
      paths.push(
        `/api/v1/strategy${asOf(true)}`,
        `/api/v1/fields/${code}${asOf(true)}`,
        `/api/v1/fields/${code}/timeline${asOf(true)}`,
        `/api/v1/progress?field=${code}${asOf(false)}`,
      );
      break;
    case "measure":
      paths.push(`/api/v1/strategy${asOf(true)}`, `/api/v1/measures/${code}${asOf(true)}`);
      break;
    case "kpis":
      paths.push(`/api/v1/strategy${asOf(true)}`, `/api/v1/kpis${asOf(true)}`);
      break;
    case "kpi":
      paths.push(`/api/v1/kpis/${code}${asOf(true)}`, `/api/v1/kpis/${code}/values${asOf(true)}`);
      break;
    default:
      break;
  }
  return [...new Set(paths)];
}

/**
 * The anonymous answers to `paths` as a JSON object keyed by address, escaped for a <script> element:
 * `<`, `>` and `&` only occur inside JSON strings, where their \u escapes mean the same, so the text
 * can neither end the element (`</script>`) nor open a comment. An address answered with anything
 * but 200 JSON is left out; the web app asks for it itself and shows the API's message.
 */
export async function anonymousAnswers(app: Hono, origin: string, paths: string[]): Promise<string | null> {
  const entries: string[] = [];
  for (const path of paths) {
    // A new request without the visitor's headers: no cookie, so no session; no Accept-Encoding, so plain JSON.
    const res = await app.request(new Request(new URL(path, origin)));
    if (res.status !== 200 || !res.headers.get("content-type")?.includes("application/json")) {
      await res.body?.cancel();
      continue;
    }
    entries.push(`${JSON.stringify(path)}:${await res.text()}`);
  }
  return entries.length === 0 ? null : escapeForScript(`{${entries.join(",")}}`);
}

export function escapeForScript(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;

/**
 * `<link rel="modulepreload">` tags per page: the page's chunk and every chunk it imports that the
 * entry does not (the build already preloads the entry's own imports). Empty without a build manifest.
 */
export function pagePreloads(distDir: string): Partial<Record<PageName, string>> {
  const manifestPath = join(distDir, ".vite", "manifest.json");
  if (!existsSync(manifestPath)) return {};
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  const closure = (key: string, into = new Set<string>()): Set<string> => {
    if (into.has(key) || !manifest[key]) return into;
    into.add(key);
    for (const next of manifest[key].imports ?? []) closure(next, into);
    return into;
  };
  const entry = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) closure(key, entry);
  const tags: Partial<Record<PageName, string>> = {};
  for (const [name, module] of Object.entries(PAGE_MODULES) as [PageName, string][]) {
    if (!manifest[module]) continue;
    tags[name] = [...closure(module)]
      .filter((key) => !entry.has(key))
      .map((key) => `<link rel="modulepreload" crossorigin href="/${manifest[key]!.file}">`)
      .join("");
  }
  return tags;
}
