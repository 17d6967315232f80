import { describe, expect, it } from "vitest";
import type { KpiDetail } from "@sm/domain/web";
import { dotNote, kpiFigures, kpiSummary, seriesProvenanceText, toKpiChartData } from "./kpi-series";

const kpi: KpiDetail = {
  id: "online-services",
  title: "Online-Dienste",
  unit: "Anzahl",
  direction: "higher",
  decimals: 0,
  field: { code: "A", title: "Feld A", shortTitle: "A" },
  measures: [],
  baseline: { date: "2023-01-01", value: 100, sourceUrl: null, isExample: true },
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
  pointsPer: "value",
  valueCount: 2,
  exampleValueCount: 1,
};

describe("toKpiChartData", () => {
  const data = toKpiChartData(kpi);

  it("merges baseline, values, interim targets and both ends of the target path into one array on one time axis", () => {
    expect(data.points).toEqual([
      { t: Date.UTC(2023, 0, 1), value: 100, valueIsExample: true, path: 100, trend: null, interim: null },
      { t: Date.UTC(2024, 0, 1), value: 150, valueIsExample: false, path: null, trend: null, interim: null },
      { t: Date.UTC(2025, 0, 1), value: 200, valueIsExample: true, path: null, trend: null, interim: null },
      { t: Date.UTC(2025, 11, 31), value: null, valueIsExample: null, path: null, trend: null, interim: 700 },
      { t: Date.UTC(2027, 11, 31), value: null, valueIsExample: null, path: 1300, trend: null, interim: null },
    ]);
    expect(data.domain).toEqual([Date.UTC(2023, 0, 1), Date.UTC(2027, 11, 31)]);
    expect(data.yAxis).toMatchObject({ min: 0, max: 1500, ticks: [0, 500, 1000, 1500], reversed: false });
  });

  it("keeps for every drawn date exactly the figures of that date, for the tooltip", () => {
    expect(data.byTime.get(Date.UTC(2024, 0, 1))).toEqual([
      expect.objectContaining({ date: "2024-01-01", label: "Messwert", value: 150, provenance: expect.objectContaining({ isExample: false, sourceUrl: "https://example.org" }) }),
    ]);
    expect(data.byTime.get(Date.UTC(2025, 11, 31))?.map((f) => [f.label, f.value, f.provenance.kind])).toEqual([["Zwischenziel", 700, "interim"]]);
    for (const point of data.points) {
      const dates = data.byTime.get(point.t)!.map((f) => f.date);
      expect(new Set(dates)).toEqual(new Set([new Date(point.t).toISOString().slice(0, 10)]));
    }
  });

  it("says what hollow dots mean when some values are example data", () => {
    expect(data.dotNote).toBe("Gefüllte Punkte: belegte Werte, hohle Punkte: Beispieldaten.");
    expect(data.axisNote).toBe("");
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
      [Date.UTC(2025, 11, 31), null],
      [Date.UTC(2027, 11, 31), 350],
    ]);
    expect(data.points.at(-1)).toMatchObject({ value: null, path: 1300, trend: 350 });
  });

  it("lists the projection on the target date, marked as computed from example data, in the table and the summary", () => {
    expect(data.rows.at(-1)).toMatchObject({ date: "2027-12-31", label: "Trend (Projektion)", value: 350, provenance: { kind: "projection", basedOnExample: true } });
    expect(data.summary).toContain(
      "Trend (Projektion) 350 (aus Beispieldaten) am 31.12.2027: Ziel voraussichtlich verfehlt. Trend erreicht das Ziel am 31.12.2049.",
    );
  });
});

describe("a trend past what the KPI can take", () => {
  const falling: KpiDetail = {
    ...kpi,
    unit: "%",
    direction: "lower",
    decimals: 1,
    baseline: { date: "2024-10-23", value: 17, sourceUrl: null, isExample: true },
    target: { date: "2027-12-31", value: 3 },
    interimTargets: [],
    values: [
      { date: "2025-04-09", value: 12.4, sourceUrl: null, sourceLabel: "", isExample: true, note: "" },
      { date: "2026-10-01", value: 6.2, sourceUrl: null, sourceLabel: "", isExample: true, note: "" },
    ],
    projection: {
      slopePerYear: -4,
      valueAtTarget: -1.76,
      reachesTarget: true,
      dateReached: "2027-09-01",
      line: [
        { date: "2025-04-09", value: 12.4 },
        { date: "2027-12-31", value: -1.76 },
      ],
    },
  };
  const data = toKpiChartData(falling);

  it("keeps the axis at 0 and says that the trend is cut off", () => {
    expect(data.yAxis.min).toBe(0);
    expect(data.axisNote).toContain("abgeschnitten");
  });

  it("shows the bound with the trend's own result in words, never a bare negative rate", () => {
    expect(data.rows.at(-1)).toMatchObject({ value: 0, computed: -1.76 });
    expect(data.summary).toContain("Trend (Projektion) 0 % (Grenze; rechnerisch -1,76 %) (aus Beispieldaten)");
  });
});

describe("kpiFigures", () => {
  it("lists every drawn figure in date order with its mark", () => {
    expect(kpiFigures(kpi).map((r) => `${r.date} ${r.label} ${r.value} ${r.provenance.kind}`)).toEqual([
      "2023-01-01 Ausgangswert 100 baseline",
      "2024-01-01 Messwert 150 value",
      "2025-01-01 Messwert 200 value",
      "2025-12-31 Zwischenziel 700 interim",
      "2027-12-31 Ziel 1300 target",
    ]);
  });
});

describe("kpiSummary", () => {
  it("states the latest value, the path and the attainment, each with its mark", () => {
    expect(kpiSummary(kpi)).toBe(
      "Liniendiagramm: letzter Wert 200 (Beispieldaten) am 01.01.2025; Zielpfad vom Ausgangswert 100 (Beispieldaten) am 01.01.2023 bis zum Ziel 1.300 (Planwert) am 31.12.2027, Zielerreichung 8 % (aus Beispieldaten)",
    );
  });
});

describe("dotNote and seriesProvenanceText", () => {
  it("say nothing about hollow dots when every value has a source", () => {
    expect(dotNote([false, false])).toBe("");
    expect(dotNote([true, true])).toBe("Hohle Punkte: Beispieldaten.");
  });
  it("count example data and sourced values of a series", () => {
    expect(seriesProvenanceText([])).toBe("");
    expect(seriesProvenanceText([true])).toBe("Verlauf: 1 Wert, Beispieldaten.");
    expect(seriesProvenanceText([true, true, true])).toBe("Verlauf: 3 Werte, alle Beispieldaten.");
    expect(seriesProvenanceText([false, false])).toBe("Verlauf: 2 Werte, alle belegt.");
    expect(seriesProvenanceText([false, false, true])).toBe("Verlauf: 3 Werte, 2 belegt, 1 Beispieldaten.");
  });
});
