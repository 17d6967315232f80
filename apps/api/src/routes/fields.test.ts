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
    expect(field.measures).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    expect(field.measures.items.map((m) => m.code)).toEqual(["A-01", "A-02"]);
    expect(field.kpis).toMatchObject({ total: 1, page: 1, pageSize: 24 });
    expect(field.kpis.items.map((k) => k.id)).toEqual(["online-services"]);
    // Values for the trend line come along, so the page needs no request per KPI; with so few, every one.
    expect(field.kpis.items[0]!.series).toEqual([
      { date: "2024-01-01", value: 150, isExample: false },
      { date: "2025-01-01", value: 200, isExample: true },
    ]);
    expect(field.kpis.items[0]).toMatchObject({ pointsPer: "value", valueCount: 2, exampleValueCount: 1 });
  });

  it("pages and sorts the measures in SQL and says how many there are", async () => {
    const page = async (query: string) => fieldDetailSchema.parse((await getJson(app, `/api/v1/fields/A?${query}`)).body).measures;
    expect(await page("pageSize=1")).toMatchObject({ total: 2, page: 1, pageSize: 1, items: [{ code: "A-01" }] });
    expect(await page("pageSize=1&page=2")).toMatchObject({ total: 2, page: 2, items: [{ code: "A-02" }] });
    // Past the end: no items, but still the count.
    expect(await page("pageSize=1&page=3")).toMatchObject({ total: 2, page: 3, items: [] });
    expect((await page("sort=code&order=desc")).items.map((m) => m.code)).toEqual(["A-02", "A-01"]);
    const byProgress = (await page("sort=progress&order=desc")).items.map((m) => m.progress);
    expect(byProgress).toEqual([...byProgress].sort((a, b) => b - a));
  });

  it("refuses a page, page size or sort it cannot give, in German", async () => {
    for (const [query, param] of [
      ["page=0", "page"],
      ["pageSize=101", "pageSize"],
      ["kpiPageSize=49", "kpiPageSize"],
      ["sort=relevance", "sort"],
      ["order=up", "order"],
    ] as const) {
      const { status, body } = await getJson(app, `/api/v1/fields/A?${query}`);
      expect(status, query).toBe(400);
      expect(errorResponseSchema.parse(body).error.param, query).toBe(param);
    }
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
