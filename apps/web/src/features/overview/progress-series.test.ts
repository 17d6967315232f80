import { describe, expect, it } from "vitest";
import { progressSummary, toProgressChartData, yearTicks } from "./progress-series";

const series = {
  field: null,
  today: "2024-02-15",
  points: [
    { date: "2023-12-31", actual: 0, planned: 0, baseline: 0 },
    { date: "2024-01-31", actual: 5, planned: 4.1, baseline: 4.1 },
    { date: "2024-02-15", actual: 10.4, planned: 8.6, baseline: 8.6 },
    { date: "2024-03-31", actual: null, planned: 12.3, baseline: 12.3 },
  ],
};

describe("toProgressChartData", () => {
  const data = toProgressChartData(series);

  it("puts every sample on a time axis that starts on 1 January", () => {
    expect(data.points[1]).toEqual({ t: Date.UTC(2024, 0, 31), actual: 5, planned: 4.1, baseline: 4.1 });
    expect(data.domain).toEqual([Date.UTC(2023, 0, 1), Date.UTC(2024, 2, 31)]);
    expect(data.today).toBe(Date.UTC(2024, 1, 15));
  });

  it("keeps the future without actual progress", () => {
    expect(data.points.at(-1)?.actual).toBeNull();
  });

  it("gives the table one German row per sample", () => {
    expect(data.rows[2]).toEqual({ key: "2024-02-15", month: "Feb. 2024", actual: "10 %", planned: "9 %", baseline: "9 %" });
    expect(data.rows[3]?.actual).toBe("–");
  });
});

describe("progressSummary", () => {
  it("describes the state on today's sample", () => {
    expect(progressSummary(series)).toBe("Liniendiagramm: Ist-Fortschritt 10 %, geplant 9 % am 15.02.2024");
  });
  it("falls back to the last sample with actual progress, and to a sentence without data", () => {
    expect(progressSummary({ ...series, today: "2030-01-01" })).toMatch(/am 15\.02\.2024$/);
    expect(progressSummary({ field: null, today: "2024-01-01", points: [] })).toMatch(/keine Fortschrittsdaten/);
  });
});

describe("yearTicks", () => {
  it("lists 1 January of each year", () => {
    expect(yearTicks(Date.UTC(2023, 0, 1), Date.UTC(2027, 11, 31))).toHaveLength(5);
  });
});

describe("baseline curve", () => {
  it("is drawn only when a revised plan differs from the baseline somewhere", () => {
    expect(toProgressChartData(series).showBaseline).toBe(false);
    const replanned = { ...series, points: series.points.map((p, i) => (i === 3 ? { ...p, baseline: 15 } : p)) };
    const data = toProgressChartData(replanned);
    expect(data.showBaseline).toBe(true);
    expect(data.rows[3]).toMatchObject({ planned: "12 %", baseline: "15 %" });
  });
});
