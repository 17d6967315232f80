import { afterAll, describe, expect, it } from "vitest";
import { errorResponseSchema, strategyResponseSchema } from "@sm/domain";
import { createTestApp, getJson } from "../testing";

const { app, cleanup } = createTestApp();
afterAll(cleanup);

describe("GET /api/v1/strategy", () => {
  it("returns the strategy with its fields rolled up on today's date", async () => {
    const { status, body } = await getJson(app, "/api/v1/strategy");
    expect(status).toBe(200);
    const strategy = strategyResponseSchema.parse(body);
    expect(strategy).toMatchObject({
      title: "Teststrategie",
      city: "Musterstadt",
      adoptedOn: "2023-02-15",
      horizon: { start: "2023-01-01", end: "2027-12-31" },
      asOf: "2026-11-27",
    });
    expect(strategy.fields.map((f) => f.code)).toEqual(["A", "B"]);
    const a = strategy.fields[0]!;
    // Public measures only: A-01 done (100), A-02 delayed at 40; the internal A-03 is not counted.
    expect(a.measureCount).toBe(2);
    expect(a.statusCounts).toMatchObject({ done: 1, delayed: 1 });
    expect(a.progress.actual).toBe(70);
    expect(a.progress.signal).toBe("critical");
    expect(a.kpiCount).toBe(1);
  });

  it("answers 404 with a JSON error while no strategy is loaded", async () => {
    const empty = createTestApp(null);
    const { status, body } = await getJson(empty.app, "/api/v1/strategy");
    expect(status).toBe(404);
    errorResponseSchema.parse(body);
    empty.cleanup();
  });
});

describe("GET /api/health", () => {
  it("reports that the process and the database answer", async () => {
    const { status, body } = await getJson(app, "/api/health");
    expect(status).toBe(200);
    expect(body).toEqual({ status: "ok", database: "seeded" });
  });
});

describe("unknown API paths", () => {
  it("answer a JSON 404, never HTML", async () => {
    for (const path of ["/api/nope", "/api/v1/unknown/thing", "/api/v2/strategy"]) {
      const { status, contentType, body } = await getJson(app, path);
      expect(status).toBe(404);
      expect(contentType).toContain("application/json");
      expect(errorResponseSchema.parse(body).error.code).toBe("not_found");
    }
  });
});
