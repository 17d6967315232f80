import { afterAll, describe, expect, it } from "vitest";
import { errorResponseSchema, progressSeriesSchema } from "@sm/domain";
import { createTestApp, getJson } from "../testing";

const { app, cleanup } = createTestApp();
afterAll(cleanup);

describe("GET /api/v1/progress", () => {
  it("returns a monthly series across the horizon, actual up to today only", async () => {
    const { status, body } = await getJson(app, "/api/v1/progress");
    expect(status).toBe(200);
    const series = progressSeriesSchema.parse(body);
    expect(series).toMatchObject({ field: null, today: "2026-11-27" });
    expect(series.points).toHaveLength(60);
    expect(series.points.at(-1)).toMatchObject({ date: "2027-12-31", actual: null, planned: 100 });
    const today = series.points.find((p) => p.date === "2026-11-27")!;
    // A-01 100, A-02 40, B-01 50; B-02 cancelled.
    expect(today.actual).toBeCloseTo(190 / 3, 10);
  });

  it("narrows to one field", async () => {
    const { body } = await getJson(app, "/api/v1/progress?field=B");
    const series = progressSeriesSchema.parse(body);
    expect(series.field).toBe("B");
    expect(series.points.find((p) => p.date === "2026-11-27")!.actual).toBe(50);
  });

  it("answers 404 for an unknown field and 400 for a malformed one", async () => {
    expect((await getJson(app, "/api/v1/progress?field=ZZ")).status).toBe(404);
    const bad = await getJson(app, "/api/v1/progress?field=%3Cscript%3E");
    expect(bad.status).toBe(400);
    expect(errorResponseSchema.parse(bad.body).error.param).toBe("field");
  });
});
