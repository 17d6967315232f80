import { describe, expect, it } from "vitest";
import { projectionVerdict, projectionVerdictText, type KpiProjection } from "./kpi-projection";

const base: KpiProjection = {
  slopePerYear: 120,
  valueAtTarget: 1400,
  reachesTarget: true,
  dateReached: "2027-06-30",
  line: [
    { date: "2023-01-01", value: 100 },
    { date: "2027-12-31", value: 1400 },
  ],
};

describe("projectionVerdict", () => {
  it("says the target will be reached and when", () => {
    expect(projectionVerdict(base)).toEqual({
      tone: "reached",
      icon: "check",
      headline: "Ziel voraussichtlich erreicht",
      detail: "Trend erreicht das Ziel am 30.06.2027",
    });
    expect(projectionVerdictText(base)).toBe("Ziel voraussichtlich erreicht. Trend erreicht das Ziel am 30.06.2027.");
  });

  it("says the target will be missed but reached later", () => {
    const late = { ...base, reachesTarget: false, valueAtTarget: 900, dateReached: "2029-03-01" };
    expect(projectionVerdictText(late)).toBe("Ziel voraussichtlich verfehlt. Trend erreicht das Ziel am 01.03.2029.");
    expect(projectionVerdict(late).icon).toBe("alert");
  });

  it("says the trend moves away from the target when it never reaches it", () => {
    const away = { ...base, slopePerYear: -10, reachesTarget: false, valueAtTarget: 50, dateReached: null };
    expect(projectionVerdictText(away)).toBe("Ziel voraussichtlich verfehlt. Der Trend bewegt sich vom Ziel weg.");
  });

  it("adds nothing when the target is met without a crossing date", () => {
    expect(projectionVerdictText({ ...base, dateReached: null })).toBe("Ziel voraussichtlich erreicht.");
  });

  it("needs a projection", () => {
    expect(projectionVerdict(null)).toMatchObject({ tone: "none", headline: "Zu wenige Werte für eine Projektion" });
    expect(projectionVerdictText(null)).toBe("Zu wenige Werte für eine Projektion.");
  });
});
