import { afterAll, describe, expect, it } from "vitest";
import { errorResponseSchema, fieldTimelineSchema } from "@sm/domain";
import { createTestApp, getJson, send, signIn, USERS } from "../testing";

const { app, db, cleanup } = createTestApp();
afterAll(cleanup);

// An internal measure's milestone must stay as hidden as the measure itself.
const a03 = db.prepare("SELECT id FROM measures WHERE code = 'A-03'").get() as { id: number };
db.prepare("INSERT INTO milestones (measure_id, title, planned_date, completed_date, position) VALUES (?, ?, ?, ?, 0)").run(
  a03.id,
  "Interner Meilenstein",
  "2025-06-30",
  "2025-06-15",
);
db.prepare("INSERT INTO fields (code, title, short_title, description, colour, position) VALUES ('C', 'Feld C', 'Leer', '', '#333333', 3)").run();

async function timeline(path: string, cookie?: string) {
  const res = await send(app, "GET", path, undefined, cookie);
  expect(res.status).toBe(200);
  return fieldTimelineSchema.parse(await res.json());
}

describe("GET /api/v1/fields/:code/timeline", () => {
  it("returns planned and actual spans, signal and milestones of the field's public measures", async () => {
    const t = await timeline("/api/v1/fields/A/timeline");
    expect(t.field).toEqual({ code: "A", title: "Feld A – Bürgerservice" });
    expect(t.horizon).toEqual({ start: "2023-01-01", end: "2027-12-31" });
    expect(t.asOf).toBe("2026-11-27");
    expect(t.measures.map((m) => m.code)).toEqual(["A-01", "A-02"]);
    expect(t.measures[0]).toEqual({
      code: "A-01",
      title: "Online-Anmeldung",
      status: "done",
      signal: "done",
      progress: 100,
      isPublic: true,
      plannedStart: "2024-01-01",
      plannedEnd: "2024-12-31",
      baseline: { start: "2024-01-01", end: "2024-12-31" },
      planRevisions: 0,
      actualStart: "2024-01-15",
      actualEnd: "2024-11-30",
      milestones: [{ id: expect.any(Number), title: "Pilot", plannedDate: "2024-06-30", baselineDate: "2024-06-30", completedDate: "2024-06-20" }],
    });
    expect(t.measures[1]).toMatchObject({ code: "A-02", status: "delayed", actualStart: "2025-02-01", actualEnd: null, milestones: [] });
  });

  it("hides actual dates and completions later than asOf", async () => {
    const t = await timeline("/api/v1/fields/A/timeline?asOf=2024-06-01");
    expect(t.asOf).toBe("2024-06-01");
    const [a01, a02] = t.measures;
    expect(a01).toMatchObject({ status: "in_progress", progress: 10, actualStart: "2024-01-15", actualEnd: null });
    expect(a01!.milestones[0]).toMatchObject({ title: "Pilot", completedDate: null });
    expect(a02).toMatchObject({ status: "planned", signal: "not_started", actualStart: null, actualEnd: null });
  });

  it("never shows an anonymous reader a measure that is not public; council and the measure's lead see it", async () => {
    const anonymous = await timeline("/api/v1/fields/A/timeline");
    expect(JSON.stringify(anonymous)).not.toContain("Vertraulich");
    expect(JSON.stringify(anonymous)).not.toContain("Interner Meilenstein");

    expect(anonymous.measures.every((m) => m.isPublic)).toBe(true);

    const council = await timeline("/api/v1/fields/A/timeline", await signIn(app, USERS.council));
    expect(council.measures.map((m) => m.code)).toEqual(["A-01", "A-02", "A-03"]);
    expect(council.measures.map((m) => m.isPublic)).toEqual([true, true, false]);
    expect(council.measures[2]!.milestones.map((m) => m.title)).toEqual(["Interner Meilenstein"]);

    const lead = await timeline("/api/v1/fields/A/timeline", await signIn(app, USERS.lead));
    expect(lead.measures.map((m) => m.code)).toContain("A-03");
    const otherLead = await timeline("/api/v1/fields/A/timeline", await signIn(app, USERS.lead2));
    expect(otherLead.measures.map((m) => m.code)).toEqual(["A-01", "A-02"]);
  });

  it("returns an empty list for a field without measures", async () => {
    const t = await timeline("/api/v1/fields/C/timeline");
    expect(t.measures).toEqual([]);
    expect(t.horizon.start).toBe("2023-01-01");
  });

  it("answers 404 with a German message for an unknown field", async () => {
    const { status, body } = await getJson(app, "/api/v1/fields/ZZ/timeline");
    expect(status).toBe(404);
    const { error } = errorResponseSchema.parse(body);
    expect(error.code).toBe("not_found");
    expect(error.message).toBe("Handlungsfeld „ZZ“ gibt es nicht.");
  });

  it.each(["heute", "2024-02-30", "2026-11-28", "2022-12-31"])("answers 400 naming asOf for asOf=%s", async (asOf) => {
    const { status, body } = await getJson(app, `/api/v1/fields/A/timeline?asOf=${asOf}`);
    expect(status).toBe(400);
    expect(errorResponseSchema.parse(body).error.param).toBe("asOf");
  });
});
