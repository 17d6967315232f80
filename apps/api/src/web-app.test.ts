import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_ROUTES } from "@sm/domain";
import { createTestApp, signIn, USERS } from "./testing";
import { mountWebApp } from "./web-app";

const dist = mkdtempSync(join(tmpdir(), "sm-dist-"));
mkdirSync(join(dist, "assets"));
writeFileSync(join(dist, "index.html"), "<!doctype html><title>Strategiemonitor</title>");
writeFileSync(join(dist, "assets", "app-abc123.js"), "console.log(1)");
writeFileSync(join(dist, "assets", "app-abc123.js.map"), '{"sources":["secret.ts"]}');
const { app, db, clock, cleanup } = createTestApp();
mountWebApp(app, { db, clock: () => clock.now }, dist);
afterAll(() => {
  cleanup();
  rmSync(dist, { recursive: true, force: true });
});

describe("serving the web app beside the API", () => {
  it("answers client-side routes with index.html", async () => {
    for (const path of ["/", "/massnahmen/A-01", "/kennzahlen?x=1"]) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("<title>Strategiemonitor</title>");
    }
  });

  it("sends the security headers with the page too", async () => {
    const res = await app.request("/massnahmen");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("never serves source maps, though the build leaves them on disk", async () => {
    const res = await app.request("/assets/app-abc123.js.map");
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("secret.ts");
  });

  it("serves hashed assets with a long cache lifetime", async () => {
    const res = await app.request("/assets/app-abc123.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("immutable");
  });

  it("answers a missing asset with 404, not the page", async () => {
    const res = await app.request("/assets/gone-000000.js");
    expect(res.status).toBe(404);
  });

  it("keeps answering unknown API paths with JSON, not the page", async () => {
    const res = await app.request("/api/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/json");
  });

  it("still serves the API", async () => {
    expect((await app.request("/api/v1/strategy")).status).toBe(200);
  });

  it("refuses to start without a built web app, with a hint", () => {
    const other = createTestApp();
    expect(() => mountWebApp(other.app, { db: other.db, clock: () => other.clock.now }, join(dist, "missing"))).toThrow(/npm run build/);
    other.cleanup();
  });
});

/** Status and body of a page request, optionally with a session cookie. */
async function page(path: string, cookie?: string) {
  const res = await app.request(path, cookie ? { headers: { cookie } } : {});
  return { status: res.status, body: await res.text(), type: res.headers.get("content-type") };
}

describe("honest status codes for pages", () => {
  let cookies: Record<keyof typeof USERS, string>;
  beforeAll(async () => {
    // Archived records and an internal KPI beside the fixture's internal measure A-03 (led by "lead").
    db.prepare("UPDATE measures SET archived_at = '2026-01-01T00:00:00Z' WHERE code = 'B-02'").run();
    db.prepare("UPDATE kpis SET is_public = 0 WHERE slug = 'processing-days'").run();
    const archivedKpi = db.prepare("SELECT id, field_id FROM kpis WHERE slug = 'online-services'").get() as { id: number; field_id: number };
    db.prepare(
      `INSERT INTO kpis (slug, field_id, title, unit, direction, baseline_date, baseline_value, position, archived_at)
       VALUES ('archived-kpi', ?, 'Archiviert', 'Anzahl', 'higher', '2023-01-01', 0, 99, '2026-01-01T00:00:00Z')`,
    ).run(archivedKpi.field_id);
    db.prepare("INSERT INTO kpi_targets (kpi_id, date, value, is_final) SELECT id, '2027-12-31', 10, 1 FROM kpis WHERE slug = 'archived-kpi'").run();
    cookies = {
      admin: await signIn(app, USERS.admin),
      council: await signIn(app, USERS.council),
      lead: await signIn(app, USERS.lead),
      lead2: await signIn(app, USERS.lead2),
    };
  });

  it("answers every page of the web app with 200", async () => {
    const paths = [
      "/",
      "/massnahmen",
      "/massnahmen/",
      "/kennzahlen",
      "/aenderungen",
      "/bericht",
      "/so-wird-gerechnet",
      "/anmelden",
      "/meine-massnahmen",
      "/verwaltung",
      "/verwaltung/benutzer/3",
      "/verwaltung/massnahmen/neu",
      "/verwaltung/protokoll",
      "/impressum",
      "/datenschutz",
      "/barrierefreiheit",
      "/handlungsfelder/A",
      "/massnahmen/A-01",
      "/massnahmen/A-01/aktualisieren",
      "/kennzahlen/online-services",
    ];
    for (const path of paths) expect((await page(path)).status, path).toBe(200);
    // Every listed route with a parameter-free path is a page, so the list and the server agree.
    for (const route of Object.values(PAGE_ROUTES)) {
      if (!route.path.includes(":")) expect((await page(route.path)).status, route.path).toBe(200);
    }
  });

  it("answers a path that is no page with 404 and the same page shell, which shows the German not-found page", async () => {
    const shell = readFileSync(join(dist, "index.html"), "utf8");
    for (const path of ["/foo", "/massnahmen/A-01/extra", "/verwaltung/unbekannt", "/bild.png", "/Massnahmen/A-01/x/y"]) {
      const res = await page(path);
      expect(res.status, path).toBe(404);
      expect(res.type).toContain("text/html");
      expect(res.body).toBe(shell);
    }
  });

  it("answers unknown measure, KPI and field codes with 404", async () => {
    for (const path of [
      "/massnahmen/ZZ-99",
      "/massnahmen/ZZ-99/aktualisieren",
      "/kennzahlen/gibt-es-nicht",
      "/handlungsfelder/Z",
      // codes are exact, as in the API
      "/massnahmen/a-01",
    ]) {
      expect((await page(path)).status, path).toBe(404);
    }
  });

  it("keeps ?stand= working", async () => {
    expect((await page("/massnahmen/A-01?stand=2024-01-31")).status).toBe(200);
    expect((await page("/?stand=2024-01-31")).status).toBe(200);
    expect((await page("/massnahmen/ZZ-99?stand=2024-01-31")).status).toBe(404);
  });

  it("does not reveal an internal measure to a visitor: the answer is the unknown code's, byte for byte", async () => {
    const internal = await app.request("/massnahmen/A-03");
    const unknown = await app.request("/massnahmen/ZZ-99");
    expect(internal.status).toBe(404);
    expect(await internal.text()).toBe(await unknown.text());
    expect([...internal.headers.entries()]).toEqual([...unknown.headers.entries()]);
    expect((await page("/massnahmen/A-03/aktualisieren")).status).toBe(404);
  });

  it("shows an internal measure to council members, administrators and its own lead, not to another lead", async () => {
    expect((await page("/massnahmen/A-03", cookies.council)).status).toBe(200);
    expect((await page("/massnahmen/A-03", cookies.admin)).status).toBe(200);
    expect((await page("/massnahmen/A-03", cookies.lead)).status).toBe(200);
    expect((await page("/massnahmen/A-03/aktualisieren", cookies.lead)).status).toBe(200);
    expect((await page("/massnahmen/A-03", cookies.lead2)).status).toBe(404);
  });

  it("treats an ended session like a visitor", async () => {
    expect((await page("/massnahmen/A-03", "sm_session=not-a-live-session")).status).toBe(404);
  });

  it("answers archived measures and KPIs with 404 for everyone, and an internal KPI only to those who read internal KPIs", async () => {
    for (const cookie of [undefined, cookies.admin, cookies.council]) {
      expect((await page("/massnahmen/B-02", cookie)).status).toBe(404);
      expect((await page("/kennzahlen/archived-kpi", cookie)).status).toBe(404);
    }
    expect((await page("/kennzahlen/processing-days")).status).toBe(404);
    expect((await page("/kennzahlen/processing-days", cookies.council)).status).toBe(200);
  });

  it("agrees with the API on every measure, KPI and field for every audience", async () => {
    const measures = db.prepare("SELECT code FROM measures").pluck().all() as string[];
    const kpis = db.prepare("SELECT slug FROM kpis").pluck().all() as string[];
    const fields = db.prepare("SELECT code FROM fields").pluck().all() as string[];
    const pairs = [
      ...measures.map((code) => [`/massnahmen/${code}`, `/api/v1/measures/${code}`]),
      ...kpis.map((slug) => [`/kennzahlen/${slug}`, `/api/v1/kpis/${slug}`]),
      ...fields.map((code) => [`/handlungsfelder/${code}`, `/api/v1/fields/${code}`]),
    ];
    const seen = new Set<number>();
    for (const cookie of [undefined, ...Object.values(cookies)]) {
      for (const [pagePath, apiPath] of pairs) {
        const api = await app.request(apiPath!, cookie ? { headers: { cookie } } : {});
        expect((await page(pagePath!, cookie)).status, `${pagePath} (${cookie ?? "anonymous"})`).toBe(api.status);
        seen.add(api.status);
      }
    }
    // Both answers occur, so the comparison covers visible and hidden records.
    expect([...seen].sort()).toEqual([200, 404]);
  });
});

describe("compressed transport of the web app", () => {
  // A dist like the build's: a large script with the .br/.gz the build writes beside it, and a page
  // shell large enough to be worth compressing.
  const shell = `<!doctype html><title>Strategiemonitor</title>${"<!-- Platzhalter -->".repeat(100)}`;
  const script = `export const values = [${Array.from({ length: 500 }, (_, i) => i).join(",")}];`;
  const style = `.a { color: #123456; }\n`.repeat(100);
  const zipped = mkdtempSync(join(tmpdir(), "sm-dist-"));
  mkdirSync(join(zipped, "assets"));
  mkdirSync(join(zipped, ".vite"));
  writeFileSync(join(zipped, "index.html"), shell);
  writeFileSync(join(zipped, ".vite", "manifest.json"), '{"src/main.tsx":{}}');
  writeFileSync(join(zipped, "assets", "app-def456.js"), script);
  writeFileSync(join(zipped, "assets", "app-def456.js.br"), brotliCompressSync(script));
  writeFileSync(join(zipped, "assets", "app-def456.js.gz"), gzipSync(script));
  writeFileSync(join(zipped, "assets", "app-def456.css"), style);
  writeFileSync(join(zipped, "assets", "app-def456.css.br"), brotliCompressSync(style));
  const other = createTestApp();
  mountWebApp(other.app, { db: other.db, clock: () => other.clock.now }, zipped);
  afterAll(() => {
    other.cleanup();
    rmSync(zipped, { recursive: true, force: true });
  });
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await other.app.request(path, { headers });
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  const vary = (res: Response) => (res.headers.get("vary") ?? "").toLowerCase();

  it("serves a hashed script from its precompressed file, with the script's type and the long cache", async () => {
    const br = await get("/assets/app-def456.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(br.res.status).toBe(200);
    expect(br.res.headers.get("content-encoding")).toBe("br");
    expect(br.res.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(br.res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(vary(br.res)).toContain("accept-encoding");
    expect(brotliDecompressSync(br.bytes).toString("utf8")).toBe(script);

    const gz = await get("/assets/app-def456.js", { "accept-encoding": "gzip" });
    expect(gz.res.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(gz.bytes).toString("utf8")).toBe(script);
  });

  it("serves the plain file to a client without Accept-Encoding, or when no compressed file exists for its choice", async () => {
    const plain = await get("/assets/app-def456.js");
    expect(plain.res.headers.get("content-encoding")).toBeNull();
    expect(plain.bytes.toString("utf8")).toBe(script);
    expect(vary(plain.res)).toContain("accept-encoding");
    expect(plain.res.headers.get("cache-control")).toContain("immutable");
    const css = await get("/assets/app-def456.css", { "accept-encoding": "gzip" });
    expect(css.res.headers.get("content-encoding")).toBeNull();
    expect(css.res.headers.get("content-type")).toMatch(/^text\/css/);
    expect(css.bytes.toString("utf8")).toBe(style);
  });

  it("never serves the compressed copies of a source map, nor the build manifest", async () => {
    writeFileSync(join(zipped, "assets", "app-def456.js.map.br"), brotliCompressSync('{"sources":["secret.ts"]}'));
    expect((await get("/assets/app-def456.js.map", { "accept-encoding": "br" })).res.status).toBe(404);
    expect((await get("/.vite/manifest.json")).res.status).toBe(404);
  });

  it("compresses the page shell, for every page and for the not-found answer, and says it varies", async () => {
    for (const [path, status] of [["/", 200], ["/massnahmen", 200], ["/gibt-es-nicht", 404]] as const) {
      const br = await get(path, { "accept-encoding": "br, gzip" });
      expect(br.res.status).toBe(status);
      expect(br.res.headers.get("content-encoding")).toBe("br");
      expect(br.res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(br.res.headers.get("cache-control")).toBe("no-cache");
      expect(vary(br.res)).toContain("accept-encoding");
      // A page's shell carries its first view's data (tested below); the not-found answer is the bare shell.
      const html = brotliDecompressSync(br.bytes).toString("utf8");
      expect(withoutFirstView(html)).toBe(shell);
      if (status === 404) expect(html).toBe(shell);
      const gz = await get(path, { "accept-encoding": "gzip" });
      expect(gunzipSync(gz.bytes).toString("utf8")).toBe(html);
      const plain = await get(path);
      expect(plain.res.headers.get("content-encoding")).toBeNull();
      expect(plain.bytes.toString("utf8")).toBe(html);
    }
  });

  it("keeps Vary: Cookie beside Accept-Encoding where the page depends on who asks", async () => {
    const res = (await get("/massnahmen/A-01", { "accept-encoding": "br" })).res;
    expect(vary(res)).toContain("accept-encoding");
    expect(vary(res)).toContain("cookie");
  });
});

const withoutFirstView = (html: string) => html.replace(/<script type="application\/json" id="sm-first-view">.*?<\/script>/s, "");

/** The JSON data block of a page's HTML (first-view.ts), parsed; null when the page has none. */
function firstViewData(html: string): Record<string, unknown> | null {
  const match = /<script type="application\/json" id="sm-first-view">(.*?)<\/script>/s.exec(html);
  return match ? (JSON.parse(match[1]!) as Record<string, unknown>) : null;
}

describe("a page's first view comes with the HTML", () => {
  let council: string;
  beforeAll(async () => {
    council = await signIn(app, USERS.council);
  });

  it("carries the anonymous API answers the page asks for first, exactly as the API gives them", async () => {
    for (const [path, expected] of [
      ["/", ["/api/v1/strategy", "/api/v1/progress", "/api/v1/measures?updateDue=true&pageSize=1"]],
      ["/massnahmen", ["/api/v1/strategy", "/api/v1/measures?order=asc"]],
      ["/handlungsfelder/A", ["/api/v1/strategy", "/api/v1/fields/A", "/api/v1/fields/A/timeline", "/api/v1/progress?field=A"]],
      ["/kennzahlen/online-services", ["/api/v1/strategy", "/api/v1/kpis/online-services", "/api/v1/kpis/online-services/values"]],
      ["/massnahmen?stand=2024-01-31", ["/api/v1/strategy", "/api/v1/strategy?asOf=2024-01-31", "/api/v1/measures?order=asc&asOf=2024-01-31"]],
    ] as const) {
      const data = firstViewData((await page(path)).body);
      expect(Object.keys(data ?? {}), path).toEqual(expected);
      for (const apiPath of expected) expect(data![apiPath], apiPath).toEqual(await (await app.request(apiPath)).json());
    }
  });

  it("holds nothing internal, and nothing at all for someone who may be signed in: their web app fetches itself", async () => {
    const anonymous = await page("/massnahmen");
    const signedIn = await page("/massnahmen", council);
    expect(firstViewData(signedIn.body)).toBeNull();
    expect(withoutFirstView(anonymous.body)).toBe(signedIn.body);
    // The council member's own answer holds the internal measure A-03; the page's data does not.
    const own = (await (await app.request("/api/v1/measures?order=asc", { headers: { cookie: council } })).json()) as { items: { code: string }[] };
    expect(own.items.map((m) => m.code)).toContain("A-03");
    const inlined = firstViewData(anonymous.body)!["/api/v1/measures?order=asc"] as { items: { code: string }[] };
    expect(inlined.items.length).toBeGreaterThan(0);
    expect(inlined.items.map((m) => m.code)).not.toContain("A-03");
    expect(anonymous.body).not.toContain("A-03");
  });

  it("leaves out what the API refuses, and pages with filters, a bad date or no such record", async () => {
    for (const path of ["/massnahmen?status=done", "/massnahmen?stand=gestern", "/massnahmen/ZZ-99"]) {
      expect(firstViewData((await page(path)).body), path).toBeNull();
    }
  });

  it("escapes the answers so they cannot end the data block or open a comment", async () => {
    const title = "Test </script><script>alert(1)</script> <!-- & \u2028";
    db.prepare("UPDATE measures SET title = ? WHERE code = 'A-01'").run(title);
    const { body } = await page("/massnahmen/A-01");
    const block = /<script type="application\/json" id="sm-first-view">(.*?)<\/script>/s.exec(body)![1]!;
    expect(block).not.toMatch(/[<>&]/);
    const measure = firstViewData(body)!["/api/v1/measures/A-01"] as { title: string };
    expect(measure.title).toBe(title);
  });
});
