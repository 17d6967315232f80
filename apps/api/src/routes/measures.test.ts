import { afterAll, describe, expect, it } from "vitest";
import { errorResponseSchema, measureDetailSchema, measureListResponseSchema } from "@sm/domain";
import { createTestApp, getJson, send, signIn, USERS } from "../testing";

const { app, cleanup } = createTestApp();
afterAll(cleanup);

async function list(query: string) {
  const { status, body } = await getJson(app, `/api/v1/measures${query}`);
  expect(status).toBe(200);
  return measureListResponseSchema.parse(body);
}
const codes = (r: { items: { code: string }[] }) => r.items.map((m) => m.code);

describe("GET /api/v1/measures", () => {
  it("lists public measures with their current state", async () => {
    const result = await list("");
    expect(codes(result)).toEqual(["A-01", "A-02", "B-01", "B-02"]);
    expect(result.total).toBe(4);
    expect(result.items[1]).toMatchObject({ code: "A-02", status: "delayed", progress: 40, lastUpdate: "2026-06-30" });
  });

  it("gives the reason of a delay or cancellation, as it stood on the date read", async () => {
    const reasons = (r: { items: { code: string; statusReason: string }[] }) =>
      Object.fromEntries(r.items.map((m) => [m.code, m.statusReason]));
    expect(reasons(await list(""))).toEqual({
      "A-01": "",
      "A-02": "Lieferant liefert die Schnittstelle später",
      "B-01": "",
      "B-02": "Das Land stellt eine zentrale Lösung bereit",
    });
    // Before the delay was reported, A-02 was simply in progress.
    expect(reasons(await list("?asOf=2026-01-01"))["A-02"]).toBe("");
  });

  it("flags the measures not marked public, which only signed-in readers get", async () => {
    expect((await list("")).items.every((m) => m.isPublic)).toBe(true);
    const res = await send(app, "GET", "/api/v1/measures", undefined, await signIn(app, USERS.council));
    const council = measureListResponseSchema.parse(await res.json());
    expect(Object.fromEntries(council.items.map((m) => [m.code, m.isPublic]))).toEqual({
      "A-01": true,
      "A-02": true,
      "A-03": false,
      "B-01": true,
      "B-02": true,
    });
  });

  it("filters by field, status, target group and topic", async () => {
    expect(codes(await list("?field=B"))).toEqual(["B-01", "B-02"]);
    expect(codes(await list("?status=cancelled"))).toEqual(["B-02"]);
    expect(codes(await list("?targetGroup=citizens"))).toEqual(["A-01", "A-02"]);
    expect(codes(await list("?topic=data-protection"))).toEqual(["A-01"]);
    expect(codes(await list("?field=A&targetGroup=staff"))).toEqual(["A-02"]);
  });

  it("searches text case-insensitively, umlauts included", async () => {
    expect(codes(await list(`?q=${encodeURIComponent("BÜRGERÄMTER")}`))).toEqual(["A-02"]);
    expect(codes(await list("?q=katalog"))).toEqual(["B-01"]);
    // More on search (spellings, ranking, hostile input) in search.test.ts.
  });

  it("never finds a measure that is not public", async () => {
    expect(codes(await list("?q=Vertraulich"))).toEqual([]);
  });

  it("sorts and pages", async () => {
    expect(codes(await list("?sort=progress&order=desc"))).toEqual(["A-01", "B-01", "A-02", "B-02"]);
    const page2 = await list("?sort=code&pageSize=3&page=2");
    expect(codes(page2)).toEqual(["B-02"]);
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(await list("?page=9")).toMatchObject({ items: [], total: 4 });
  });

  it.each([
    ["status=foo", "status"],
    ["page=-1", "page"],
    ["page=abc", "page"],
    ["pageSize=1000", "pageSize"],
    ["sort=secret", "sort"],
    ["order=up", "order"],
    [`q=${"x".repeat(101)}`, "q"],
  ])("answers 400 naming the parameter for %s", async (query, param) => {
    const { status, body } = await getJson(app, `/api/v1/measures?${query}`);
    expect(status).toBe(400);
    const { error } = errorResponseSchema.parse(body);
    expect(error.param).toBe(param);
    expect(error.message).toContain(`„${param}“`);
  });
});

describe("GET /api/v1/measures/:code", () => {
  it("returns milestones, the full public history newest first, and linked KPIs", async () => {
    const { status, body } = await getJson(app, "/api/v1/measures/A-01");
    expect(status).toBe(200);
    const measure = measureDetailSchema.parse(body);
    expect(measure).toMatchObject({ status: "done", progress: 100, actualStart: "2024-01-15", actualEnd: "2024-11-30" });
    expect(measure.milestones).toEqual([
      { id: expect.any(Number), title: "Pilot", plannedDate: "2024-06-30", baselineDate: "2024-06-30", completedDate: "2024-06-20" },
    ]);
    expect(measure.history.map((h) => h.date)).toEqual(["2024-11-30", "2024-06-20", "2024-01-15"]);
    expect(measure.history[1]).toEqual({ date: "2024-06-20", status: "in_progress", progress: 60, comment: "Pilot läuft, Rückmeldungen gut", reason: "" });
    expect(measure.kpis.map((k) => k.id)).toEqual(["online-services"]);
    expect(Object.keys(measure)).not.toContain("id");
  });

  it("answers 404 for an unknown code and for a measure that is not public", async () => {
    for (const code of ["X-99", "A-03"]) {
      const { status, body } = await getJson(app, `/api/v1/measures/${code}`);
      expect(status).toBe(404);
      errorResponseSchema.parse(body);
    }
  });
});
