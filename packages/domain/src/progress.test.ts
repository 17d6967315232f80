import { describe, expect, it } from "vitest";
import {
  fieldRollUp,
  fieldSignal,
  kpiAttainment,
  meetsTarget,
  onTrackSignal,
  plannedProgress,
  staleness,
} from "./progress";

describe("plannedProgress", () => {
  const schedule = { start: "2024-01-01", end: "2024-12-31" };

  it("is 0 before a measure has started", () => {
    expect(plannedProgress(schedule, "2023-06-30")).toBe(0);
    expect(plannedProgress(schedule, "2024-01-01")).toBe(0);
  });

  it("grows linearly between planned start and end", () => {
    // 2024 is a leap year: 365 days from start to end, 182 to 2024-07-01.
    expect(plannedProgress(schedule, "2024-07-01")).toBeCloseTo((182 / 365) * 100, 10);
  });

  it("is 100 on and after the planned end", () => {
    expect(plannedProgress(schedule, "2024-12-31")).toBe(100);
    expect(plannedProgress(schedule, "2027-01-01")).toBe(100);
  });

  it("jumps from 0 to 100 on the day of a zero-length schedule", () => {
    const oneDay = { start: "2025-03-01", end: "2025-03-01" };
    expect(plannedProgress(oneDay, "2025-02-28")).toBe(0);
    expect(plannedProgress(oneDay, "2025-03-01")).toBe(100);
    expect(plannedProgress(oneDay, "2025-03-02")).toBe(100);
  });
});

describe("onTrackSignal", () => {
  it("reports done and cancelled from the status alone", () => {
    expect(onTrackSignal({ status: "done", actual: 100, planned: 40 })).toBe("done");
    expect(onTrackSignal({ status: "cancelled", actual: 10, planned: 90 })).toBe("cancelled");
  });

  it("reports not started when nothing was due and nothing happened", () => {
    expect(onTrackSignal({ status: "planned", actual: 0, planned: 0 })).toBe("not_started");
  });

  it("flags a measure that should have started but has not", () => {
    expect(onTrackSignal({ status: "planned", actual: 0, planned: 30 })).toBe("critical");
  });

  it("classifies the gap with the default thresholds, boundaries included", () => {
    expect(onTrackSignal({ status: "in_progress", actual: 60, planned: 50 })).toBe("ahead");
    expect(onTrackSignal({ status: "in_progress", actual: 59.9, planned: 50 })).toBe("on_track");
    expect(onTrackSignal({ status: "in_progress", actual: 40, planned: 50 })).toBe("on_track");
    expect(onTrackSignal({ status: "in_progress", actual: 39.9, planned: 50 })).toBe("behind");
    expect(onTrackSignal({ status: "in_progress", actual: 25, planned: 50 })).toBe("behind");
    expect(onTrackSignal({ status: "in_progress", actual: 24.9, planned: 50 })).toBe("critical");
  });

  it("never shows a delayed measure as better than behind", () => {
    expect(onTrackSignal({ status: "delayed", actual: 80, planned: 50 })).toBe("behind");
    expect(onTrackSignal({ status: "delayed", actual: 10, planned: 50 })).toBe("critical");
  });

  it("reports a measure past its end that is not finished as critical", () => {
    expect(onTrackSignal({ status: "in_progress", actual: 70, planned: plannedProgress({ start: "2023-01-01", end: "2024-01-01" }, "2026-01-01") })).toBe("critical");
  });

  it("accepts thresholds per strategy", () => {
    const strict = { ahead: 5, onTrack: -2, behind: -5 };
    expect(onTrackSignal({ status: "in_progress", actual: 47, planned: 50 }, strict)).toBe("behind");
  });
});

describe("fieldRollUp and fieldSignal", () => {
  it("averages the measures that count and leaves cancelled ones out", () => {
    expect(
      fieldRollUp([
        { status: "done", progress: 100 },
        { status: "in_progress", progress: 40 },
        { status: "cancelled", progress: 10 },
      ]),
    ).toBe(70);
  });

  it("is null without measures that count", () => {
    expect(fieldRollUp([])).toBeNull();
    expect(fieldRollUp([{ status: "cancelled", progress: 50 }])).toBeNull();
  });

  it("signals done only when every measure is done, otherwise from the means", () => {
    expect(fieldSignal({ actual: 100, planned: 80, allDone: true })).toBe("done");
    expect(fieldSignal({ actual: 70, planned: 97.7, allDone: false })).toBe("critical");
    expect(fieldSignal({ actual: null, planned: null, allDone: false })).toBe("not_started");
  });
});

describe("kpiAttainment", () => {
  it("measures the share of the way from baseline to target when higher is better", () => {
    expect(kpiAttainment({ direction: "higher", baseline: 100, target: 300, latest: 200 })).toBe(0.5);
  });

  it("respects direction when lower is better", () => {
    expect(kpiAttainment({ direction: "lower", baseline: 40, target: 20, latest: 30 })).toBe(0.5);
    expect(kpiAttainment({ direction: "lower", baseline: 29, target: 15, latest: 20 })).toBeCloseTo(9 / 14, 10);
  });

  it("counts movement away from the target as 0 and overshooting as 1", () => {
    expect(kpiAttainment({ direction: "higher", baseline: 100, target: 300, latest: 80 })).toBe(0);
    expect(kpiAttainment({ direction: "higher", baseline: 100, target: 300, latest: 350 })).toBe(1);
    expect(kpiAttainment({ direction: "lower", baseline: 40, target: 20, latest: 45 })).toBe(0);
    expect(kpiAttainment({ direction: "lower", baseline: 40, target: 20, latest: 12 })).toBe(1);
  });

  it("is null without a value", () => {
    expect(kpiAttainment({ direction: "higher", baseline: 1, target: 2, latest: null })).toBeNull();
  });

  it("handles a target equal to the baseline without dividing by zero", () => {
    expect(kpiAttainment({ direction: "higher", baseline: 5, target: 5, latest: 5 })).toBe(1);
    expect(kpiAttainment({ direction: "higher", baseline: 5, target: 5, latest: 4 })).toBe(0);
  });

  it("gives 0 for a target on the wrong side of the baseline until it is met", () => {
    expect(kpiAttainment({ direction: "lower", baseline: 10, target: 20, latest: 25 })).toBe(0);
  });
});

describe("meetsTarget", () => {
  it("compares in the KPI's direction", () => {
    expect(meetsTarget("higher", 10, 10)).toBe(true);
    expect(meetsTarget("higher", 9, 10)).toBe(false);
    expect(meetsTarget("lower", 10, 10)).toBe(true);
    expect(meetsTarget("lower", 11, 10)).toBe(false);
  });
});

describe("staleness", () => {
  const base = { plannedStart: "2024-01-01", today: "2026-11-27", intervalDays: 90 };
  it("is due once the interval has passed since the last update", () => {
    expect(staleness({ ...base, status: "in_progress", lastUpdate: "2026-08-29" })).toEqual({ daysSinceUpdate: 90, updateDue: false });
    expect(staleness({ ...base, status: "in_progress", lastUpdate: "2026-08-28" })).toEqual({ daysSinceUpdate: 91, updateDue: true });
  });
  it("never asks finished or cancelled measures for an update", () => {
    expect(staleness({ ...base, status: "done", lastUpdate: "2024-01-01" }).updateDue).toBe(false);
    expect(staleness({ ...base, status: "cancelled", lastUpdate: "2024-01-01" }).updateDue).toBe(false);
  });
  it("counts from the planned start for a measure never updated", () => {
    expect(staleness({ ...base, status: "planned", lastUpdate: null, plannedStart: "2026-10-01" })).toEqual({ daysSinceUpdate: null, updateDue: false });
    expect(staleness({ ...base, status: "planned", lastUpdate: null, plannedStart: "2026-01-01" }).updateDue).toBe(true);
  });
});
