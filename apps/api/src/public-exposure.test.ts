import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "./testing";

/**
 * Internal data must never reach an anonymous request. Markers go into every internal field
 * (council notes of updates, risks, what changed, measures and KPIs not marked public, staff
 * names and e-mail addresses), then every public route is read and searched for them.
 */
const MARKER = "INTERN-MARKER-7f3a";
const { app, db, cleanup } = createTestApp();
afterAll(cleanup);

db.prepare("UPDATE measure_updates SET internal_note = ?, changes_json = ?").run(`${MARKER} note`, JSON.stringify([{ field: "risk", from: "", to: MARKER }]));
db.prepare("UPDATE measures SET risk = ?").run(`${MARKER} risk`);
db.prepare("UPDATE measures SET title = ?, summary = ? WHERE code = 'A-03'").run(`${MARKER} title`, `${MARKER} summary`);
db.prepare("UPDATE users SET email = 'staff-' || id || '-' || ? || '@test.example', name = ? || ' name'").run(MARKER.toLowerCase(), MARKER);
db.prepare("INSERT INTO milestones (measure_id, title, planned_date, position) SELECT id, ?, '2025-06-01', 9 FROM measures WHERE code = 'A-03'").run(`${MARKER} milestone`);
db.prepare("UPDATE kpis SET is_public = 0, title = ? WHERE slug = 'processing-days'").run(`${MARKER} kpi`);

const PUBLIC_PATHS = [
  "/api/health",
  "/api/v1/session",
  "/api/v1/fields/B",
  "/api/v1/strategy",
  "/api/v1/fields/A",
  "/api/v1/fields/B",
  "/api/v1/fields/A/timeline",
  "/api/v1/fields/A/timeline?asOf=2025-06-30",
  "/api/v1/measures",
  "/api/v1/measures?q=INTERN",
  "/api/v1/measures?field=A&pageSize=100",
  "/api/v1/measures/A-01",
  "/api/v1/measures/A-02",
  "/api/v1/measures/A-03",
  "/api/v1/kpis",
  "/api/v1/kpis/online-services",
  "/api/v1/progress",
  "/api/v1/progress?field=A",
  "/api/v1/changes?from=2023-01-01",
  "/api/v1/committee-sessions",
];

describe("public routes", () => {
  it.each(PUBLIC_PATHS)("%s reveals no internal field", async (path) => {
    const res = await app.request(path);
    const text = await res.text();
    expect(text).not.toContain(MARKER);
    expect(text.toLowerCase()).not.toContain(MARKER.toLowerCase());
    // The 404 for /measures/A-03 echoes the code the visitor asked for; nothing else may name it.
    if (!path.includes("A-03")) expect(text).not.toContain("A-03");
  });

  it("hides a KPI not marked public as if it did not exist", async () => {
    expect((await app.request("/api/v1/kpis/processing-days")).status).toBe(404);
  });

  it("counts no internal measure in public figures", async () => {
    const res = await app.request("/api/v1/strategy");
    const body = (await res.json()) as { fields: { code: string; measureCount: number }[] };
    expect(body.fields.find((f) => f.code === "A")?.measureCount).toBe(2);
  });
});
