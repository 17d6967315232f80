import { describe, expect, it } from "vitest";
import { projectKpi } from "./projection";

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
