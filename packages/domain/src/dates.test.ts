import { describe, expect, it } from "vitest";
import { isIsoDate, monthlySamplePoints, todayIn } from "./dates";
import { isoDateSchema } from "./enum-schemas";

describe("isIsoDate", () => {
  it("accepts real dates and rejects impossible or badly written ones", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2023-2-1")).toBe(false);
    expect(isIsoDate("15.02.2023")).toBe(false);
    expect(isoDateSchema.safeParse("2023-13-01").success).toBe(false);
  });

  it("agrees with the calendar on every day of two centuries, and on impossible days", () => {
    const refused: string[] = [];
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      if (!isIsoDate(day)) refused.push(day);
    }
    expect(refused).toEqual([]);
    for (const d of ["1900-02-29", "2100-02-29", "2023-04-31", "2023-00-10", "2023-01-00", "2023-01-32"]) expect(isIsoDate(d), d).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
  });
});

describe("todayIn", () => {
  it("uses the city's time zone, not UTC", () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Berlin.
    expect(todayIn(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
  });
});

describe("monthlySamplePoints", () => {
  const horizon = { start: "2023-01-01", end: "2027-12-31" };

  it("samples every month end across the horizon", () => {
    const points = monthlySamplePoints(horizon, "2030-01-01");
    expect(points).toHaveLength(60);
    expect(points[0]).toBe("2023-01-31");
    expect(points[1]).toBe("2023-02-28");
    expect(points[13]).toBe("2024-02-29");
    expect(points.at(-1)).toBe("2027-12-31");
  });

  it("samples the current month at today so recent updates show", () => {
    const points = monthlySamplePoints(horizon, "2026-11-27");
    expect(points).toContain("2026-11-27");
    expect(points).not.toContain("2026-11-30");
    expect(points).toContain("2026-12-31");
  });
});
