import { afterAll, describe, expect, it } from "vitest";
import { changesResponseSchema, errorResponseSchema, measureDetailSchema, progressSeriesSchema } from "@sm/domain";
import { createTestApp, send, signIn, USERS } from "./testing";

/**
 * Plans are history: moving a planned date is a dated, reasoned revision, every read of an earlier
 * date keeps the plan of that date, and the baseline stays visible.
 */
const { app, cleanup } = createTestApp();
afterAll(cleanup);

const TODAY = "2026-11-27";

async function detail(code: string, query = "", cookie?: string) {
  const res = await send(app, "GET", `/api/v1/measures/${code}${query}`, undefined, cookie);
  expect(res.status).toBe(200);
  return measureDetailSchema.parse(await res.json());
}

async function version(code: string, cookie: string): Promise<number> {
  const res = await send(app, "GET", `/api/v1/measures/${code}`, undefined, cookie);
  return ((await res.json()) as { internal: { version: number } }).internal.version;
}

/** Every public read for a date, as an anonymous visitor gets them: the bodies, byte for byte. */
async function publicReads(asOf: string): Promise<Record<string, string>> {
  const paths = [
    `/api/v1/strategy?asOf=${asOf}`,
    `/api/v1/fields/A?asOf=${asOf}`,
    `/api/v1/fields/B?asOf=${asOf}`,
    `/api/v1/fields/A/timeline?asOf=${asOf}`,
    `/api/v1/fields/B/timeline?asOf=${asOf}`,
    `/api/v1/measures?asOf=${asOf}`,
    `/api/v1/measures?asOf=${asOf}&sort=plannedEnd&order=desc`,
    `/api/v1/measures?asOf=${asOf}&updateDue=true`,
    ...["A-01", "A-02", "B-01", "B-02"].map((code) => `/api/v1/measures/${code}?asOf=${asOf}`),
    `/api/v1/kpis?asOf=${asOf}`,
    `/api/v1/kpis/online-services?asOf=${asOf}`,
    `/api/v1/kpis/processing-days?asOf=${asOf}`,
    `/api/v1/progress?asOf=${asOf}`,
    `/api/v1/progress?field=A&asOf=${asOf}`,
    `/api/v1/progress?field=B&asOf=${asOf}`,
    `/api/v1/changes?from=2023-01-01&to=${asOf}`,
    `/api/v1/changes?to=${asOf}`,
    `/api/v1/committee-sessions?asOf=${asOf}`,
  ];
  const bodies: Record<string, string> = {};
  for (const path of paths) {
    const res = await app.request(path);
    expect(res.status, path).toBe(200);
    bodies[path] = await res.text();
  }
  return bodies;
}

describe("plan revisions", () => {
  const pastDates = ["2023-06-30", "2024-06-01", "2025-12-31", "2026-11-26"];
  let before: Record<string, Record<string, string>>;

  it("reads every public route on past dates (the record to compare with)", async () => {
    before = {};
    for (const d of pastDates) before[d] = await publicReads(d);
  });

  it("refuses a moved planned date without a reason", async () => {
    const lead = await signIn(app, USERS.lead);
    const res = await send(app, "POST", "/api/v1/measures/A-02/updates", { baseVersion: await version("A-02", lead), plannedEnd: "2027-06-30" }, lead);
    expect(res.status).toBe(400);
    expect(errorResponseSchema.parse(await res.json()).error.fields).toHaveProperty(["planReason"]);

    const a01 = await detail("A-01", "", lead);
    const move = await send(
      app,
      "POST",
      "/api/v1/measures/A-01/updates",
      { baseVersion: await version("A-01", lead), milestones: { move: [{ id: a01.milestones[0]!.id, plannedDate: "2024-08-31" }] } },
      lead,
    );
    expect(move.status).toBe(400);
    expect(errorResponseSchema.parse(await move.json()).error.fields).toHaveProperty(["planReason"]);
  });

  it("records a lead's re-plan of a measure and a milestone as dated revisions with the public reason", async () => {
    const lead = await signIn(app, USERS.lead);
    const res = await send(
      app,
      "POST",
      "/api/v1/measures/A-02/updates",
      { baseVersion: await version("A-02", lead), plannedEnd: "2027-06-30", planReason: "Schnittstelle kommt ein halbes Jahr später" },
      lead,
    );
    expect(res.status).toBe(201);
    const a01 = await detail("A-01", "", lead);
    const moved = await send(
      app,
      "POST",
      "/api/v1/measures/A-01/updates",
      {
        baseVersion: await version("A-01", lead),
        milestones: { move: [{ id: a01.milestones[0]!.id, plannedDate: "2024-08-31" }], add: [{ title: "Nachbetrachtung", plannedDate: "2027-03-31" }] },
        planReason: "Pilot um zwei Monate verlängert",
      },
      lead,
    );
    expect(moved.status).toBe(201);

    const a02 = await detail("A-02");
    expect(a02).toMatchObject({ plannedEnd: "2027-06-30", baseline: { start: "2025-01-01", end: "2026-12-31" }, planRevisions: 1 });
    expect(a02.planChanges).toEqual([
      { date: TODAY, subject: "end", milestone: null, from: "2026-12-31", to: "2027-06-30", reason: "Schnittstelle kommt ein halbes Jahr später" },
    ]);
    const a01After = await detail("A-01");
    expect(a01After.milestones.map((m) => [m.title, m.plannedDate, m.baselineDate])).toEqual([
      ["Pilot", "2024-08-31", "2024-06-30"],
      ["Nachbetrachtung", "2027-03-31", "2027-03-31"],
    ]);
    expect(a01After.planChanges).toEqual([
      { date: TODAY, subject: "milestone", milestone: "Pilot", from: "2024-06-30", to: "2024-08-31", reason: "Pilot um zwei Monate verlängert" },
      { date: TODAY, subject: "milestone", milestone: "Nachbetrachtung", from: null, to: "2027-03-31", reason: "" },
    ]);
  });

  it("takes the delay's reason for the plan change when no separate one is given", async () => {
    const lead2 = await signIn(app, USERS.lead2);
    const res = await send(
      app,
      "POST",
      "/api/v1/measures/B-01/updates",
      { baseVersion: await version("B-01", lead2), status: "delayed", reason: "Personal fehlt", plannedEnd: "2027-12-31", plannedStart: "2023-03-01" },
      lead2,
    );
    expect(res.status).toBe(201);
    const b01 = await detail("B-01");
    expect(b01.planChanges).toEqual([
      { date: TODAY, subject: "start", milestone: null, from: "2023-01-01", to: "2023-03-01", reason: "Personal fehlt" },
    ]);
  });

  it("lets an administrator re-plan in the editor only with a reason", async () => {
    const admin = await signIn(app, USERS.admin);
    const base = { baseVersion: await version("B-02", admin), plannedEnd: "2024-09-30" };
    const missing = await send(app, "PATCH", "/api/v1/admin/measures/B-02", base, admin);
    expect(missing.status).toBe(400);
    expect(errorResponseSchema.parse(await missing.json()).error.fields).toHaveProperty(["planReason"]);
    const ok = await send(app, "PATCH", "/api/v1/admin/measures/B-02", { ...base, planReason: "Korrektur nach Ratsbeschluss" }, admin);
    expect(ok.status).toBe(200);
    expect((await detail("B-02")).planChanges).toEqual([
      { date: TODAY, subject: "end", milestone: null, from: "2024-06-01", to: "2024-09-30", reason: "Korrektur nach Ratsbeschluss" },
    ]);
  });

  it("answers every public read of an earlier date exactly as before the re-plans", async () => {
    for (const d of pastDates) {
      const after = await publicReads(d);
      for (const [path, body] of Object.entries(before[d]!)) expect(after[path], path).toBe(body);
    }
  });

  it("reads a past date with the plan and milestones of that date", async () => {
    const a02 = await detail("A-02", "?asOf=2026-11-26");
    expect(a02).toMatchObject({ plannedEnd: "2026-12-31", planRevisions: 0, planChanges: [] });
    const a01 = await detail("A-01", "?asOf=2026-11-26");
    expect(a01.milestones.map((m) => [m.title, m.plannedDate])).toEqual([["Pilot", "2024-06-30"]]);
  });

  it("draws the planned curve from the current plan and keeps the baseline curve", async () => {
    const res = await app.request("/api/v1/progress?field=A");
    const series = progressSeriesSchema.parse(await res.json());
    const point = series.points.find((p) => p.date === "2026-12-31")!;
    // A-02 now ends mid-2027, so by the plan it is not yet complete at the end of 2026; by the baseline it is.
    expect(point.planned!).toBeLessThan(point.baseline!);
  });

  it("lists re-planned measures with their reasons in the changes of a period", async () => {
    const res = await app.request(`/api/v1/changes?from=2026-11-01&to=${TODAY}`);
    const changes = changesResponseSchema.parse(await res.json());
    const fieldA = changes.fields.find((f) => f.code === "A")!;
    expect(fieldA.replanned.map((r) => [r.code, r.changes.map((c) => `${c.subject}:${c.to}:${c.reason}`)])).toEqual([
      ["A-01", ["milestone:2024-08-31:Pilot um zwei Monate verlängert", "milestone:2027-03-31:"]],
      ["A-02", ["end:2027-06-30:Schnittstelle kommt ein halbes Jahr später"]],
    ]);
  });
});
