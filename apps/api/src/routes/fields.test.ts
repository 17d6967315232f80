import { afterAll, describe, expect, it } from "vitest";
import { errorResponseSchema, fieldDetailSchema } from "@sm/domain";
import { createTestApp, getJson } from "../testing";

const { app, cleanup } = createTestApp();
afterAll(cleanup);

describe("GET /api/v1/fields/:code", () => {
  it("returns the field with its public measures and KPIs", async () => {
    const { status, body } = await getJson(app, "/api/v1/fields/A");
    expect(status).toBe(200);
    const field = fieldDetailSchema.parse(body);
    expect(field.title).toBe("Feld A – Bürgerservice");
    expect(field.measures.map((m) => m.code)).toEqual(["A-01", "A-02"]);
    expect(field.kpis.map((k) => k.id)).toEqual(["online-services"]);
    // Values for the trend line come along, so the page needs no request per KPI.
    expect(field.kpis[0]!.series).toEqual([
      { date: "2024-01-01", value: 150, isExample: false },
      { date: "2025-01-01", value: 200, isExample: true },
    ]);
  });

  it("answers 404 for an unknown field", async () => {
    const { status, body } = await getJson(app, "/api/v1/fields/ZZ");
    expect(status).toBe(404);
    expect(errorResponseSchema.parse(body).error.message).toContain("ZZ");
  });

  it("answers 400 for a code that cannot be one", async () => {
    const { status, body } = await getJson(app, `/api/v1/fields/${"x".repeat(40)}`);
    expect(status).toBe(400);
    expect(errorResponseSchema.parse(body).error.param).toBe("code");
  });
});
