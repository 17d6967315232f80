import { describe, expect, it } from "vitest";
import { sparklineAxis, toSparkline } from "./sparkline-series";

const value = (date: string, v: number) => ({ date, value: v, isExample: true });

describe("toSparkline", () => {
  it("starts at the baseline and follows the values in date order", () => {
    const points = toSparkline({
      baseline: { date: "2023-01-01", value: 10, sourceUrl: null, isExample: true },
      series: [value("2025-01-01", 30), value("2024-01-01", 20)],
    });
    expect(points.map((p) => p.value)).toEqual([10, 20, 30]);
  });
  it("lets a value on the baseline date win over the baseline", () => {
    const points = toSparkline({
      baseline: { date: "2023-01-01", value: 10, sourceUrl: null, isExample: true },
      series: [value("2023-01-01", 11)],
    });
    expect(points).toEqual([{ t: Date.UTC(2023, 0, 1), value: 11, isExample: true }]);
  });
  it("keeps each point's example flag for a hollow dot", () => {
    const points = toSparkline({
      baseline: { date: "2023-01-01", value: 10, sourceUrl: "https://example.org", isExample: false },
      series: [value("2024-01-01", 20)],
    });
    expect(points.map((p) => p.isExample)).toEqual([false, true]);
  });
});

describe("sparklineAxis", () => {
  it("follows the KPI chart's rules: a rank reads upwards from worse to better, counts stay ≥ 0", () => {
    const points = (values: number[]) => values.map((v, i) => ({ t: i, value: v, isExample: true }));
    const rank = sparklineAxis({ unit: "Rang", decimals: 0 }, points([11, 6, 5]));
    expect(rank.reversed).toBe(true);
    expect(rank.min).toBeGreaterThanOrEqual(1);
    expect(sparklineAxis({ unit: "Rang", decimals: 0 }, points([3, 2, 1])).min).toBe(1);
    const counts = sparklineAxis({ unit: "Anzahl", decimals: 0 }, points([0, 1, 3]));
    expect(counts.min).toBe(0);
    expect(counts.reversed).toBe(false);
  });
});
