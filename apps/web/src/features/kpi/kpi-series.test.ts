import { describe, expect, it } from "vitest";
import type { KpiDetail } from "@sm/domain";
import { kpiRows, kpiSummary, toKpiChartData, valueAxis } from "./kpi-series";

const kpi: KpiDetail = {
  id: "online-services",
  title: "Online-Dienste",
  unit: "Anzahl",
  direction: "higher",
  decimals: 0,
  field: { code: "A", title: "Feld A", shortTitle: "A" },
  measures: [],
  baseline: { date: "2023-01-01", value: 100, sourceUrl: null, isExample: false },
  target: { date: "2027-12-31", value: 1300 },
  latest: { date: "2025-01-01", value: 200, sourceUrl: null, sourceLabel: "", isExample: true, note: "" },
  attainment: 0.0833,
  projection: null,
  description: "",
  frequency: "jährlich",
  interimTargets: [{ date: "2025-12-31", value: 700 }],
  values: [
    { date: "2025-01-01", value: 200, sourceUrl: null, sourceLabel: "", isExample: true, note: "" },
    { date: "2024-01-01", value: 150, sourceUrl: "https://example.org", sourceLabel: "Bericht", isExample: false, note: "" },
  ],
};

describe("toKpiChartData", () => {
  const data = toKpiChartData(kpi);

  it("merges baseline, values and both ends of the target path on one time axis", () => {
    expect(data.points).toEqual([
      { t: Date.UTC(2023, 0, 1), value: 100, path: 100, trend: null },
      { t: Date.UTC(2024, 0, 1), value: 150, path: null, trend: null },
      { t: Date.UTC(2025, 0, 1), value: 200, path: null, trend: null },
      { t: Date.UTC(2027, 11, 31), value: null, path: 1300, trend: null },
    ]);
    expect(data.interim).toEqual([{ t: Date.UTC(2025, 11, 31), interim: 700 }]);
    expect(data.domain).toEqual([Date.UTC(2023, 0, 1), Date.UTC(2027, 11, 31)]);
    expect(data.yAxis).toEqual({ min: 0, max: 1500, ticks: [0, 500, 1000, 1500] });
  });
});

describe("toKpiChartData with a projection", () => {
  const projected: KpiDetail = {
    ...kpi,
    projection: {
      slopePerYear: 50,
      valueAtTarget: 350,
      reachesTarget: false,
      dateReached: "2049-12-31",
      line: [
        { date: "2024-01-01", value: 150 },
        { date: "2027-12-31", value: 350 },
      ],
    },
  };
  const data = toKpiChartData(projected);

  it("adds both ends of the trend line, separate from values and target path", () => {
    expect(data.points.map((p) => [p.t, p.trend])).toEqual([
      [Date.UTC(2023, 0, 1), null],
      [Date.UTC(2024, 0, 1), 150],
      [Date.UTC(2025, 0, 1), null],
      [Date.UTC(2027, 11, 31), 350],
    ]);
    expect(data.points.at(-1)).toMatchObject({ value: null, path: 1300, trend: 350 });
  });

  it("lists the projection on the target date in the table and the summary", () => {
    expect(data.rows.at(-1)).toMatchObject({ date: "31.12.2027", kind: "Projektion am 31.12.2027 (Trend)", value: "350" });
    expect(data.summary).toContain("Trend (Projektion) 350 am 31.12.2027: Ziel voraussichtlich verfehlt. Trend erreicht das Ziel am 31.12.2049.");
  });
});

describe("kpiSummary", () => {
  it("states the latest value, the path and the attainment", () => {
    expect(kpiSummary(kpi)).toBe(
      "Liniendiagramm: letzter Wert 200 am 01.01.2025; Zielpfad von 100 (01.01.2023) bis 1.300 (31.12.2027), Zielerreichung 8 %",
    );
  });
});

describe("kpiRows", () => {
  it("lists every drawn point in date order with its kind", () => {
    expect(kpiRows(kpi).map((r) => `${r.date} ${r.kind} ${r.value}`)).toEqual([
      "01.01.2023 Ausgangswert 100",
      "01.01.2024 Messwert 150",
      "01.01.2025 Messwert (Beispieldaten) 200",
      "31.12.2025 Zwischenziel 700",
      "31.12.2027 Ziel 1.300",
    ]);
  });
});

describe("valueAxis", () => {
  it("frames the data with round steps instead of always starting at zero", () => {
    expect(valueAxis([410, 549, 650])).toEqual({ min: 300, max: 700, ticks: [300, 400, 500, 600, 700] });
  });
  it("stays at or above 0 for positive data and at or below the cap", () => {
    expect(valueAxis([12, 40, 8]).min).toBe(0);
    expect(valueAxis([95, 99.5, 99.9], { cap: 100 })).toEqual({ min: 94, max: 100, ticks: [94, 96, 98, 100] });
  });
  it("uses whole-number steps for KPIs without decimals", () => {
    expect(valueAxis([7, 7], { integer: true }).ticks.every(Number.isInteger)).toBe(true);
  });
});
