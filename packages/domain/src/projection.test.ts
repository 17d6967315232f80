import { describe, expect, it } from "vitest";
import { dayNumber } from "./dates";
import { momentsFromSums, projectKpi, projectMoments } from "./projection";

const target = { date: "2027-12-31", value: 300 };

describe("projectKpi", () => {
  it("projects an increasing series and finds when it reaches the target", () => {
    // +100 per year from 2024-01-01: 300 reached two years later.
    const p = projectKpi({
      direction: "higher",
      target,
      values: [
        { date: "2024-01-01", value: 100 },
        { date: "2025-01-01", value: 200.27 },
        { date: "2026-01-01", value: 300 },
      ],
    })!;
    expect(p.reachesTarget).toBe(true);
    expect(p.valueAtTarget).toBeGreaterThan(300);
    expect(p.dateReached).toMatch(/^2025-12|^2026-01/);
    expect(p.line[0].date).toBe("2024-01-01");
    expect(p.line[1].date).toBe("2027-12-31");
  });

  it("says a slow increase misses the target, with the date the trend would get there", () => {
    const p = projectKpi({
      direction: "higher",
      target,
      values: [
        { date: "2024-01-01", value: 100 },
        { date: "2026-01-01", value: 140 },
      ],
    })!;
    expect(p.reachesTarget).toBe(false);
    expect(p.valueAtTarget).toBeCloseTo(100 + (40 / 731) * 1460, 6);
    expect(p.dateReached! > "2027-12-31").toBe(true);
  });

  it("handles a decreasing series where lower is better", () => {
    const p = projectKpi({
      direction: "lower",
      target: { date: "2027-12-31", value: 10 },
      values: [
        { date: "2023-01-01", value: 29 },
        { date: "2024-01-01", value: 25 },
        { date: "2025-01-01", value: 21 },
      ],
    })!;
    expect(p.slopePerYear).toBeLessThan(0);
    expect(p.reachesTarget).toBe(true);
    expect(p.dateReached! <= "2027-12-31").toBe(true);
  });

  it("gives no date reached when the trend moves away from the target", () => {
    const p = projectKpi({
      direction: "lower",
      target: { date: "2027-12-31", value: 10 },
      values: [
        { date: "2023-01-01", value: 20 },
        { date: "2024-01-01", value: 22 },
      ],
    })!;
    expect(p.reachesTarget).toBe(false);
    expect(p.dateReached).toBeNull();
  });

  it("treats a flat series as reaching the target only if it is already there", () => {
    const flat = (value: number) =>
      projectKpi({ direction: "higher", target, values: [{ date: "2024-01-01", value }, { date: "2025-01-01", value }] })!;
    expect(flat(100)).toMatchObject({ slopePerYear: 0, reachesTarget: false, dateReached: null });
    expect(flat(300)).toMatchObject({ reachesTarget: true, dateReached: "2024-01-01" });
  });

  it("gives no projection for a single value or values on one date", () => {
    expect(projectKpi({ direction: "higher", target, values: [{ date: "2024-01-01", value: 100 }] })).toBeNull();
    expect(projectKpi({ direction: "higher", target, values: [] })).toBeNull();
    expect(
      projectKpi({ direction: "higher", target, values: [{ date: "2024-01-01", value: 1 }, { date: "2024-01-01", value: 2 }] }),
    ).toBeNull();
  });
});

describe("momentsFromSums", () => {
  /** The sums SQL adds up, x in days from `origin`. */
  const sums = (values: { date: string; value: number }[], origin: string) => {
    const originX = dayNumber(origin);
    const xs = values.map((v) => dayNumber(v.date) - originX);
    return {
      originX,
      n: values.length,
      sumX: xs.reduce((s, x) => s + x, 0),
      sumY: values.reduce((s, v) => s + v.value, 0),
      sumXX: xs.reduce((s, x) => s + x * x, 0),
      sumXY: xs.reduce((s, x, i) => s + x * values[i]!.value, 0),
      minX: Math.min(...xs),
    };
  };

  it("gives the trend projectKpi draws through the values themselves", () => {
    // A long noisy series: 2,000 values over four years, two a day at times.
    const values = Array.from({ length: 2000 }, (_, i) => ({
      date: new Date(Date.UTC(2023, 1, 16) + Math.floor(i * 0.7) * 86_400_000).toISOString().slice(0, 10),
      value: 100 - i * 0.025 + ((i * 7919) % 13) * 0.37,
    }));
    for (const [direction, targetValue] of [["lower", 50], ["higher", 60]] as const) {
      const input = { direction, target: { date: "2027-12-31", value: targetValue } };
      const direct = projectKpi({ ...input, values })!;
      const fromSums = projectMoments({ ...input, moments: momentsFromSums(sums(values, "2026-11-27"))! });
      expect(fromSums.reachesTarget).toBe(direct.reachesTarget);
      expect(fromSums.valueAtTarget).toBeCloseTo(direct.valueAtTarget, 9);
      expect(fromSums.slopePerYear).toBeCloseTo(direct.slopePerYear, 9);
      expect(fromSums.dateReached).toBe(direct.dateReached);
      expect(fromSums.line[0]).toEqual({ date: direct.line[0].date, value: expect.closeTo(direct.line[0].value, 9) });
    }
  });

  it("has no trend for fewer than two values or values on one date", () => {
    const one = [{ date: "2024-01-01", value: 1 }];
    expect(momentsFromSums(sums(one, "2025-01-01"))).toBeNull();
    expect(momentsFromSums({ originX: 0, n: 0, sumX: 0, sumY: 0, sumXX: 0, sumXY: 0, minX: 0 })).toBeNull();
    expect(momentsFromSums(sums([...one, { date: "2024-01-01", value: 2 }], "2025-01-01"))).toBeNull();
    expect(momentsFromSums(sums([...one, { date: "2024-01-02", value: 2 }], "2025-01-01"))).not.toBeNull();
  });
});
