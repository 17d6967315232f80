import { describe, expect, it } from "vitest";
import { axisNote, boundedProjection, kpiAxis, kpiBounds, kpiScale, niceAxis } from "./kpi-axis";

describe("kpiScale", () => {
  it("knows ranks and percentages by their unit", () => {
    expect(kpiScale("Rang")).toBe("rank");
    expect(kpiScale("Platz")).toBe("rank");
    expect(kpiScale("%")).toBe("percent");
    expect(kpiScale("Anzahl")).toBe("plain");
    expect(kpiScale("Tage")).toBe("plain");
  });
});

describe("kpiAxis", () => {
  it("frames the data with round steps instead of always starting at zero", () => {
    expect(kpiAxis({ unit: "Anzahl", decimals: 0, values: [410, 549, 650] })).toMatchObject({ min: 300, max: 700, ticks: [300, 400, 500, 600, 700] });
  });

  it("never goes below 0 for a KPI whose values and targets are all ≥ 0, even when the trend does", () => {
    // phishing-click-rate in the demo: 17 % falling towards 3 %, the trend reaching −1.76 % on the target date
    const axis = kpiAxis({ unit: "%", decimals: 1, values: [17, 12.4, 9.1, 7.3, 6.2, 3, 5], projected: [15.69, -1.76] });
    expect(axis.min).toBe(0);
    expect(axis.ticks[0]).toBe(0);
    expect(axis.ticks.every((t) => t >= 0)).toBe(true);
    expect(axis.reversed).toBe(false);
    // open-datasets: counts from 11 upwards, the trend line starting at −6.7
    expect(kpiAxis({ unit: "Anzahl", decimals: 0, values: [11, 104, 251, 300], projected: [-6.7, 277.94] }).min).toBe(0);
  });

  it("keeps percentages within 100 when the trend runs past it", () => {
    // council-docs-machine-readable: 35 % to 100 %, trend at 145 %
    const axis = kpiAxis({ unit: "%", decimals: 0, values: [35, 38, 60, 92, 98, 100], projected: [50.41, 145.14] });
    expect(axis.max).toBe(100);
    expect(axis.ticks.at(-1)).toBe(100);
    expect(axis.ticks.every((t) => t >= 0 && t <= 100)).toBe(true);
    expect(kpiAxis({ unit: "%", decimals: 2, values: [99.21, 99.9, 99.35] })).toMatchObject({ max: 100 });
  });

  it("lets a KPI that does take negative values have a negative axis", () => {
    expect(kpiAxis({ unit: "Prozentpunkte", decimals: 0, values: [-5, 10] }).min).toBeLessThan(0);
  });

  it("reverses a rank axis, starts it at rank 1 and uses whole ranks only", () => {
    // smart-city-index-admin-rank: 31 to 7, target 5, the trend reaching rank −6
    const axis = kpiAxis({ unit: "Rang", decimals: 0, values: [31, 9, 8, 7, 5], projected: [24.36, -6.17] });
    expect(axis.reversed).toBe(true);
    expect(axis.min).toBe(1);
    expect(axis.ticks[0]).toBe(1);
    expect(axis.ticks.every(Number.isInteger)).toBe(true);
    expect(axis.max).toBeGreaterThanOrEqual(31);
    // gisma-rank: 11, 6, 5, target 3
    const gisma = kpiAxis({ unit: "Rang", decimals: 0, values: [11, 11, 6, 5, 3], projected: [10.46, -0.18] });
    expect(gisma).toMatchObject({ min: 1, reversed: true });
    expect(gisma.ticks.every(Number.isInteger)).toBe(true);
  });

  it("uses whole-number steps for KPIs without decimals", () => {
    expect(kpiAxis({ unit: "Anzahl", decimals: 0, values: [7, 7] }).ticks.every(Number.isInteger)).toBe(true);
    expect(kpiAxis({ unit: "Anzahl", decimals: 0, values: [0, 3, 9, 14] }).ticks.every(Number.isInteger)).toBe(true);
  });
});

describe("niceAxis", () => {
  it("puts a bound that falls between round steps on the axis and leaves out a round tick right next to it", () => {
    expect(niceAxis([3, 31], { lowerBound: 1, integer: true })).toEqual({ min: 1, max: 40, ticks: [1, 10, 20, 30, 40] });
  });
});

describe("kpiBounds and boundedProjection", () => {
  it("cuts a projection off at what the KPI can take and keeps the trend's own result", () => {
    const bounds = kpiBounds("%", [17, 3]);
    expect(bounds).toEqual({ lowerBound: 0, upperBound: 100 });
    expect(boundedProjection(-1.76, bounds)).toEqual({ value: 0, computed: -1.76 });
    expect(boundedProjection(4.2, bounds)).toEqual({ value: 4.2, computed: null });
    expect(boundedProjection(-6.17, kpiBounds("Rang", [31, 5]))).toEqual({ value: 1, computed: -6.17 });
  });
});

describe("axisNote", () => {
  it("explains a reversed rank axis and a trend cut off at a bound", () => {
    const rank = kpiAxis({ unit: "Rang", decimals: 0, values: [11, 5, 3] });
    expect(axisNote(rank)).toContain("bessere Ränge stehen oben (Rang 1 ist der beste Platz)");
    expect(axisNote(rank, [10, -0.2])).toContain("abgeschnitten");
    expect(axisNote(kpiAxis({ unit: "Anzahl", decimals: 0, values: [1, 5] }), [1, 4])).toBe("");
  });
});
