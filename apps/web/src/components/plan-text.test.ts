import { describe, expect, it } from "vitest";
import { groupPlanChanges, planChangeText, planShiftText } from "./plan-text";

const plan = { plannedStart: "2024-01-01", plannedEnd: "2027-12-31", baseline: { start: "2024-01-01", end: "2027-06-30" }, planRevisions: 1 };

describe("planShiftText", () => {
  it("names the original end and how often the plan moved", () => {
    expect(planShiftText(plan)).toBe("ursprünglich geplant bis 30.06.2027, 1× verschoben");
    expect(planShiftText({ ...plan, plannedStart: "2024-03-01", planRevisions: 2 })).toBe(
      "ursprünglich geplant 01.01.2024 – 30.06.2027, 2× verschoben",
    );
  });

  it("says nothing while the adopted plan holds", () => {
    expect(planShiftText({ ...plan, planRevisions: 0 })).toBeNull();
  });
});

describe("planChangeText", () => {
  it("reads a moved end, a moved milestone and an added milestone in German dates", () => {
    expect(planChangeText({ date: "2026-11-27", subject: "end", milestone: null, from: "2027-06-30", to: "2027-12-31", reason: "" })).toBe(
      "Ende 30.06.2027 → 31.12.2027",
    );
    expect(planChangeText({ date: "2026-11-27", subject: "milestone", milestone: "Pilot", from: "2024-06-30", to: "2024-08-31", reason: "" })).toBe(
      "Meilenstein „Pilot“ 30.06.2024 → 31.08.2024",
    );
    expect(planChangeText({ date: "2026-11-27", subject: "milestone", milestone: "Test", from: null, to: "2027-03-31", reason: "" })).toBe(
      "Meilenstein „Test“ ergänzt, geplant 31.03.2027",
    );
  });
});

describe("groupPlanChanges", () => {
  it("puts the changes of one day and reason into one entry", () => {
    const entries = groupPlanChanges([
      { date: "2026-05-01", subject: "start", milestone: null, from: "2024-01-01", to: "2024-03-01", reason: "Vergabe" },
      { date: "2026-05-01", subject: "end", milestone: null, from: "2027-06-30", to: "2027-12-31", reason: "Vergabe" },
      { date: "2026-06-01", subject: "end", milestone: null, from: "2027-12-31", to: "2027-09-30", reason: "Schneller" },
    ]);
    expect(entries).toEqual([
      { date: "2026-05-01", changes: ["Beginn 01.01.2024 → 01.03.2024", "Ende 30.06.2027 → 31.12.2027"], reason: "Vergabe" },
      { date: "2026-06-01", changes: ["Ende 31.12.2027 → 30.09.2027"], reason: "Schneller" },
    ]);
  });
});
