import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponseSchema, measureConflictResponseSchema, measureDetailSchema, measureUpdateResponseSchema, measureViewSchema } from "@sm/domain";
import { createTestApp, send, signIn, USERS } from "../testing";

const { app, db, cleanup } = createTestApp();
afterAll(cleanup);
let lead = "";
let deputy = "";
beforeAll(async () => {
  lead = await signIn(app, USERS.lead);
  deputy = await signIn(app, USERS.lead2); // deputy of A-02
});

const count = () => db.prepare("SELECT COUNT(*) FROM measure_updates").pluck().get() as number;
async function current(code: string, cookie = lead) {
  return measureViewSchema.parse(await (await send(app, "GET", `/api/v1/measures/${code}`, undefined, cookie)).json());
}
const update = (code: string, body: unknown, cookie = lead) => send(app, "POST", `/api/v1/measures/${code}/updates`, body, cookie);

describe("saving an update", () => {
  it("writes one dated entry with author and changes; the public sees comment and state, never the note", async () => {
    const before = await current("A-02");
    const res = await update("A-02", {
      baseVersion: before.internal!.version,
      status: "in_progress",
      progress: 55,
      comment: "Lieferant hat geliefert",
      note: "GEHEIM: Nachforderung droht",
      risk: "Nachforderung des Lieferanten",
    });
    expect(res.status).toBe(201);
    const { measure } = measureUpdateResponseSchema.parse(await res.json());
    expect(measure.internal!.version).toBe(before.internal!.version + 1);
    expect(measure.internal!.risk).toBe("Nachforderung des Lieferanten");
    expect(measure.internal!.updates[0]).toMatchObject({
      date: "2026-11-27",
      note: "GEHEIM: Nachforderung droht",
      author: { name: "Lea Lead" },
      changes: [
        { field: "status", from: "delayed", to: "in_progress" },
        { field: "progress", from: 40, to: 55 },
        { field: "risk", from: "", to: "Nachforderung des Lieferanten" },
      ],
    });

    const publicRes = await app.request("/api/v1/measures/A-02");
    const text = await publicRes.text();
    const pub = measureDetailSchema.parse(JSON.parse(text));
    expect(pub).toMatchObject({ status: "in_progress", progress: 55, lastUpdate: "2026-11-27" });
    expect(pub.history[0]).toEqual({ date: "2026-11-27", status: "in_progress", progress: 55, comment: "Lieferant hat geliefert", reason: "" });
    expect(text).not.toContain("GEHEIM");
    expect(text).not.toContain("Nachforderung");
    expect(JSON.parse(text)).not.toHaveProperty("internal");
  });

  it("lets the deputy lead save too", async () => {
    const m = await current("A-02", deputy);
    expect(m.internal!.canUpdate).toBe(true);
    expect((await update("A-02", { baseVersion: m.internal!.version, comment: "Vertretung meldet" }, deputy)).status).toBe(201);
  });

  it("adds, completes and moves milestones", async () => {
    const m = await current("A-01");
    const pilot = m.milestones[0]!;
    const res = await update("A-01", {
      baseVersion: m.internal!.version,
      milestones: {
        add: [{ title: "Evaluation", plannedDate: "2027-03-31" }],
        move: [{ id: pilot.id, plannedDate: "2024-07-15" }],
      },
      planReason: "Pilotbetrieb verlängert",
    });
    expect(res.status).toBe(201);
    const after = await current("A-01");
    expect(after.milestones.map((ms) => [ms.title, ms.plannedDate, ms.completedDate])).toEqual([
      ["Pilot", "2024-07-15", "2024-06-20"],
      ["Evaluation", "2027-03-31", null],
    ]);
    const done = await update("A-01", {
      baseVersion: after.internal!.version,
      milestones: { complete: [{ id: after.milestones[1]!.id, completedDate: "2026-11-20" }] },
    });
    expect(done.status).toBe(201);
    expect((await current("A-01")).milestones[1]!.completedDate).toBe("2026-11-20");
  });
});

describe("delayed, paused, cancelled", () => {
  it("require a reason, and delayed a new planned end after the old one", async () => {
    const m = await current("B-01", deputy);
    const base = { baseVersion: m.internal!.version };
    const missing = await update("B-01", { ...base, status: "delayed" }, deputy);
    expect(missing.status).toBe(400);
    expect(Object.keys(errorResponseSchema.parse(await missing.json()).error.fields!)).toEqual(expect.arrayContaining(["reason", "plannedEnd"]));
    const earlier = await update("B-01", { ...base, status: "delayed", reason: "Vergabe verzögert", plannedEnd: "2027-06-30" }, deputy);
    expect(errorResponseSchema.parse(await earlier.json()).error.fields).toHaveProperty(["plannedEnd"]);
    for (const status of ["paused", "cancelled"]) {
      const res = await update("B-01", { ...base, status }, deputy);
      expect(errorResponseSchema.parse(await res.json()).error.fields).toHaveProperty(["reason"]);
    }
  });

  it("show the reason in the public history and move the planned end", async () => {
    const m = await current("A-01");
    const res = await update("A-01", { baseVersion: m.internal!.version, status: "delayed", progress: 90, reason: "Nacharbeiten nötig", plannedEnd: "2025-06-30" });
    expect(res.status).toBe(201);
    const pub = measureDetailSchema.parse(await (await app.request("/api/v1/measures/A-01")).json());
    expect(pub).toMatchObject({ status: "delayed", plannedEnd: "2025-06-30" });
    expect(pub.history[0]).toMatchObject({ status: "delayed", reason: "Nacharbeiten nötig" });
    // Staying delayed needs no new reason.
    const again = await current("A-01");
    expect((await update("A-01", { baseVersion: again.internal!.version, progress: 95 })).status).toBe(201);
    // Already planned to the horizon's end: naming that end again is accepted.
    const b = await current("B-01", deputy);
    const atEnd = await update("B-01", { baseVersion: b.internal!.version, status: "delayed", reason: "Vergabe verzögert", plannedEnd: "2027-12-31" }, deputy);
    expect(atEnd.status).toBe(201);
  });
});

describe("no lost updates", () => {
  it("answers 409 with the current state when the form was based on an old version, and writes nothing", async () => {
    const m = await current("A-02");
    expect((await update("A-02", { baseVersion: m.internal!.version, progress: 60, comment: "erste" })).status).toBe(201);
    const n = count();
    const res = await update("A-02", { baseVersion: m.internal!.version, progress: 70, comment: "zweite" }, deputy);
    expect(res.status).toBe(409);
    const conflict = measureConflictResponseSchema.parse(await res.json());
    expect(conflict.current.progress).toBe(60);
    expect(conflict.current.internal!.version).toBe(m.internal!.version + 1);
    expect(count()).toBe(n);
    // Re-applied on the current version, the edit goes through.
    expect((await update("A-02", { baseVersion: conflict.current.internal!.version, progress: 70, comment: "zweite" }, deputy)).status).toBe(201);
  });
});

describe("validation", () => {
  it.each([
    ["progress above 100", { progress: 101 }, "progress"],
    ["progress below 0", { progress: -1 }, "progress"],
    ["progress not whole", { progress: 50.5 }, "progress"],
    ["unknown status", { status: "finished" }, "status"],
    ["malformed date", { actualStart: "27.11.2026" }, "actualStart"],
    ["start before the horizon", { actualStart: "2022-12-31" }, "actualStart"],
    ["end after the horizon", { actualEnd: "2028-01-01" }, "actualEnd"],
    ["end before start", { actualStart: "2025-06-01", actualEnd: "2025-05-31" }, "actualEnd"],
    ["start in the future", { actualStart: "2026-12-01" }, "actualStart"],
    ["end in the future", { actualEnd: "2027-01-15" }, "actualEnd"],
    ["done below 100 %", { status: "done", progress: 90 }, "progress"],
    ["done without reaching 100 %", { status: "done" }, "progress"],
    ["comment too long", { comment: "x".repeat(1001) }, "comment"],
    ["note too long", { note: "x".repeat(2001) }, "note"],
    ["risk too long", { risk: "x".repeat(1001) }, "risk"],
    ["milestone of another measure", { milestones: { complete: [{ id: 999_999, completedDate: "2026-01-01" }] } }, "milestones.complete.0.id"],
    ["milestone outside the horizon", { milestones: { add: [{ title: "Später", plannedDate: "2030-01-01" }] } }, "milestones.add.0.plannedDate"],
    ["milestone completed in 1900", { milestones: { complete: [{ id: 0, completedDate: "1900-01-01" }] } }, "milestones.complete.0.completedDate"],
    ["empty milestone title", { milestones: { add: [{ title: "", plannedDate: "2027-01-01" }] } }, "milestones.add.0.title"],
    ["nothing at all", {}, "comment"],
  ])("rejects %s with 400 naming the field, and writes nothing", async (_name, change, field) => {
    const m = await current("A-02");
    const n = count();
    const res = await update("A-02", { baseVersion: m.internal!.version, ...change });
    expect(res.status).toBe(400);
    const { error } = errorResponseSchema.parse(await res.json());
    expect(error.fields).toHaveProperty([field]);
    expect(error.fields![field]).toMatch(/\p{L}/u);
    expect(count()).toBe(n);
    expect((await current("A-02")).internal!.version).toBe(m.internal!.version);
  });

  it("answers 404 for an unknown measure", async () => {
    expect((await update("X-99", { baseVersion: 1, comment: "x" })).status).toBe(404);
  });
});
