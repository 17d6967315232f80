import { afterAll, describe, expect, it } from "vitest";
import {
  errorResponseSchema,
  kpiDetailSchema,
  measureDetailSchema,
  measureListResponseSchema,
  progressSeriesSchema,
  strategyResponseSchema,
} from "@sm/domain";
import { createTestApp, getJson } from "./testing";

/** The state on past dates, rebuilt from the fixture's history (tests/fixtures/mini). */
const { app, cleanup } = createTestApp();
afterAll(cleanup);

describe("asOf on read routes", () => {
  it("rebuilds a measure as recorded on a past date", async () => {
    const before = measureDetailSchema.parse((await getJson(app, "/api/v1/measures/A-01?asOf=2024-06-01")).body);
    expect(before).toMatchObject({ status: "in_progress", progress: 10, lastUpdate: "2024-01-15", actualEnd: null });
    expect(before.history.map((h) => h.date)).toEqual(["2024-01-15"]);
    expect(before.milestones[0]!.completedDate).toBeNull();

    const mid = measureDetailSchema.parse((await getJson(app, "/api/v1/measures/A-01?asOf=2024-06-30")).body);
    expect(mid).toMatchObject({ status: "in_progress", progress: 60, actualStart: "2024-01-15", actualEnd: null });
    expect(mid.milestones[0]!.completedDate).toBe("2024-06-20");

    const after = measureDetailSchema.parse((await getJson(app, "/api/v1/measures/A-01?asOf=2025-01-01")).body);
    expect(after).toMatchObject({ status: "done", progress: 100, actualEnd: "2024-11-30", signal: "done" });
  });

  it("rolls up fields and counts statuses as they were", async () => {
    const s = strategyResponseSchema.parse((await getJson(app, "/api/v1/strategy?asOf=2023-12-31")).body);
    expect(s.asOf).toBe("2023-12-31");
    const b = s.fields.find((f) => f.code === "B")!;
    expect(b.statusCounts).toMatchObject({ in_progress: 1, cancelled: 1 });
    expect(b.progress.actual).toBe(20);
    const a = s.fields.find((f) => f.code === "A")!;
    expect(a.statusCounts.planned).toBe(2);
  });

  it("filters measures by their status on that date", async () => {
    const list = measureListResponseSchema.parse((await getJson(app, "/api/v1/measures?status=done&asOf=2024-06-30")).body);
    expect(list.total).toBe(0);
    const later = measureListResponseSchema.parse((await getJson(app, "/api/v1/measures?status=done&asOf=2024-12-01")).body);
    expect(later.items.map((m) => m.code)).toEqual(["A-01"]);
  });

  it("shows the KPI values known by then", async () => {
    const kpi = kpiDetailSchema.parse((await getJson(app, "/api/v1/kpis/online-services?asOf=2024-06-30")).body);
    expect(kpi.values.map((v) => v.value)).toEqual([150]);
    expect(kpi.latest?.value).toBe(150);
    expect(kpi.attainment).toBe(0.25);
  });

  it("ends the actual progress series at that date", async () => {
    const series = progressSeriesSchema.parse((await getJson(app, "/api/v1/progress?asOf=2024-06-30")).body);
    expect(series.today).toBe("2024-06-30");
    expect(series.points.find((p) => p.date === "2024-06-30")!.actual).not.toBeNull();
    expect(series.points.find((p) => p.date === "2024-07-31")!.actual).toBeNull();
  });

  it.each([
    ["2026-11-28", "Zukunft"],
    ["2022-12-31", "Zeitrahmen"],
    ["2024-02-30", "JJJJ-MM-TT"],
    ["heute", "JJJJ-MM-TT"],
  ])("answers 400 naming asOf for %s", async (asOf, words) => {
    for (const path of ["/api/v1/strategy", "/api/v1/measures", "/api/v1/measures/A-01", "/api/v1/kpis", "/api/v1/progress", "/api/v1/fields/A"]) {
      const { status, body } = await getJson(app, `${path}?asOf=${asOf}`);
      expect(status).toBe(400);
      const { error } = errorResponseSchema.parse(body);
      expect(error.param).toBe("asOf");
      expect(error.message).toContain(words);
    }
  });
});
