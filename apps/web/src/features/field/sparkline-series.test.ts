import { describe, expect, it } from "vitest";
import { toSparkline } from "./sparkline-series";

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
    expect(points).toEqual([{ t: Date.UTC(2023, 0, 1), value: 11 }]);
  });
});
