import { afterAll, describe, expect, it } from "vitest";
import { errorResponseSchema, kpiDetailSchema, kpiListResponseSchema } from "@sm/domain";
import { createTestApp, getJson } from "../testing";

const { app, cleanup } = createTestApp();
afterAll(cleanup);

describe("GET /api/v1/kpis", () => {
  it("lists KPIs with latest value and attainment", async () => {
    const { status, body } = await getJson(app, "/api/v1/kpis");
    expect(status).toBe(200);
    const { items, total } = kpiListResponseSchema.parse(body);
    expect(total).toBe(2);
    const days = items.find((k) => k.id === "processing-days")!;
    expect(days).toMatchObject({ direction: "lower", target: { value: 20 }, attainment: 0.5 });
    expect(days.latest).toMatchObject({ date: "2025-01-01", value: 30, isExample: true });
  });

  it("filters by field and answers 404 for an unknown one", async () => {
    const { body } = await getJson(app, "/api/v1/kpis?field=A");
    expect(kpiListResponseSchema.parse(body).items.map((k) => k.id)).toEqual(["online-services"]);
    expect((await getJson(app, "/api/v1/kpis?field=Q")).status).toBe(404);
    expect((await getJson(app, "/api/v1/kpis?field=%20bad%20")).status).toBe(400);
  });

  it("does not reveal linked measures that are not public", async () => {
    const { body } = await getJson(app, "/api/v1/kpis?field=A");
    expect(kpiListResponseSchema.parse(body).items[0]!.measures).toEqual([{ code: "A-01", title: "Online-Anmeldung" }]);
  });
});

describe("GET /api/v1/kpis/:id", () => {
  it("returns baseline, targets and every value with its source and example flag", async () => {
    const { status, body } = await getJson(app, "/api/v1/kpis/online-services");
    expect(status).toBe(200);
    const kpi = kpiDetailSchema.parse(body);
    expect(kpi.baseline).toEqual({ date: "2023-01-01", value: 100, sourceUrl: "https://example.org/basis", isExample: false });
    expect(kpi.target).toEqual({ date: "2027-12-31", value: 300 });
    expect(kpi.interimTargets).toEqual([{ date: "2025-12-31", value: 200 }]);
    expect(kpi.values).toEqual([
      { date: "2024-01-01", value: 150, sourceUrl: "https://example.org/2024", sourceLabel: "Bericht 2024", isExample: false, note: "" },
      { date: "2025-01-01", value: 200, sourceUrl: null, sourceLabel: "", isExample: true, note: "geschätzt" },
    ]);
    expect(kpi.attainment).toBe(0.5);
    // 150 → 200 in a year: the trend reaches 300 in early 2027, before the target date.
    expect(kpi.projection).toMatchObject({ reachesTarget: true });
    expect(kpi.projection!.dateReached! < "2027-12-31").toBe(true);
  });

  it("answers 404 for an unknown KPI and 400 for a malformed id", async () => {
    expect((await getJson(app, "/api/v1/kpis/unknown-kpi")).status).toBe(404);
    const bad = await getJson(app, "/api/v1/kpis/NOT_A_SLUG");
    expect(bad.status).toBe(400);
    expect(errorResponseSchema.parse(bad.body).error.param).toBe("id");
  });
});
