import { dayNumber, type IsoDate } from "./dates";
import type { Direction, Signal, Status } from "./vocabulary";

/**
 * Planned progress (0–100) of a measure on a date, linear between planned start and end.
 * Before the start it is 0, from the end on 100; a zero-length schedule jumps from 0 to 100 on its day.
 */
export function plannedProgress(schedule: { start: IsoDate; end: IsoDate }, date: IsoDate): number {
  const start = dayNumber(schedule.start);
  const end = dayNumber(schedule.end);
  const day = dayNumber(date);
  if (day >= end) return 100;
  if (day <= start) return 0;
  return ((day - start) / (end - start)) * 100;
}

/** Gaps (actual minus planned, in percentage points) at which the signal changes. */
export interface SignalThresholds {
  /** at or above this gap a measure is ahead of plan */
  ahead: number;
  /** at or above this gap (and below `ahead`) it is on track */
  onTrack: number;
  /** at or above this gap (and below `onTrack`) it is behind; below it is critical */
  behind: number;
}

export const DEFAULT_THRESHOLDS: SignalThresholds = { ahead: 10, onTrack: -10, behind: -25 };

const SIGNAL_RANK: Record<"ahead" | "on_track" | "behind" | "critical", number> = {
  ahead: 0,
  on_track: 1,
  behind: 2,
  critical: 3,
};

/**
 * On-track signal from status and planned against actual progress.
 * A measure reported as delayed is never shown better than "behind", whatever its numbers say.
 */
export function onTrackSignal(
  input: { status: Status; actual: number; planned: number },
  thresholds: SignalThresholds = DEFAULT_THRESHOLDS,
): Signal {
  const { status, actual, planned } = input;
  if (status === "done") return "done";
  if (status === "cancelled") return "cancelled";
  if (planned <= 0 && actual <= 0) return "not_started";
  const gap = actual - planned;
  const signal =
    gap >= thresholds.ahead ? "ahead" : gap >= thresholds.onTrack ? "on_track" : gap >= thresholds.behind ? "behind" : "critical";
  if (status === "delayed" && SIGNAL_RANK[signal] < SIGNAL_RANK.behind) return "behind";
  return signal;
}

/** Whether a measure in this status counts towards the progress of its field (cancelled ones do not). */
export function countsTowardsProgress(status: Status): boolean {
  return status !== "cancelled";
}

/**
 * Field roll-up: the mean progress of the measures that count (a done measure always reports 100;
 * the schemas enforce that on input, so no correction happens here). Written as a step/result pair so the
 * database can run the very same rule as an SQL aggregate (see packages/db) instead of a copy of it.
 */
export const rollUp = {
  start: (): { sum: number; count: number } => ({ sum: 0, count: 0 }),
  step(acc: { sum: number; count: number }, status: Status, progress: number): { sum: number; count: number } {
    if (!countsTowardsProgress(status)) return acc;
    return { sum: acc.sum + progress, count: acc.count + 1 };
  },
  result: (acc: { sum: number; count: number }): number | null => (acc.count === 0 ? null : acc.sum / acc.count),
};

/** Mean progress over measures; null when no measure counts (empty or all cancelled). */
export function fieldRollUp(measures: ReadonlyArray<{ status: Status; progress: number }>): number | null {
  return rollUp.result(measures.reduce((acc, m) => rollUp.step(acc, m.status, m.progress), rollUp.start()));
}

/** Signal of a whole field from its rolled-up actual and planned progress. */
export function fieldSignal(
  input: { actual: number | null; planned: number | null; allDone: boolean },
  thresholds: SignalThresholds = DEFAULT_THRESHOLDS,
): Signal {
  // No measure counts: the field is empty or everything in it was cancelled.
  if (input.actual === null || input.planned === null) return "not_started";
  if (input.allDone) return "done";
  return onTrackSignal({ status: "in_progress", actual: input.actual, planned: input.planned }, thresholds);
}

/** Whether a value meets or beats a target, respecting the KPI's direction. */
export function meetsTarget(direction: Direction, value: number, target: number): boolean {
  return direction === "higher" ? value >= target : value <= target;
}

/**
 * Share (0–1) of the way from baseline to target that the latest value has covered, respecting
 * direction: movement away from the target counts as 0, overshooting as 1. Null without a value.
 */
export function kpiAttainment(input: {
  direction: Direction;
  baseline: number;
  target: number;
  latest: number | null;
}): number | null {
  const { direction, baseline, target, latest } = input;
  if (latest === null) return null;
  if (meetsTarget(direction, latest, target)) return 1;
  const span = target - baseline;
  // A target that is not beyond the baseline in the KPI's direction leaves no way to measure a share.
  if (span === 0 || (direction === "higher" ? span < 0 : span > 0)) return 0;
  const share = (latest - baseline) / span;
  return Math.min(1, Math.max(0, share));
}

/**
 * Whether a measure owes an update: days since its last update against the strategy's interval.
 * Finished and cancelled measures owe nothing; one never updated is due from its planned start.
 */
export function staleness(input: {
  status: Status;
  lastUpdate: IsoDate | null;
  plannedStart: IsoDate;
  today: IsoDate;
  intervalDays: number;
}): { daysSinceUpdate: number | null; updateDue: boolean } {
  const { status, lastUpdate, plannedStart, today, intervalDays } = input;
  const daysSinceUpdate = lastUpdate === null ? null : Math.round(dayNumber(today) - dayNumber(lastUpdate));
  if (status === "done" || status === "cancelled") return { daysSinceUpdate, updateDue: false };
  const since = lastUpdate ?? plannedStart;
  return { daysSinceUpdate, updateDue: dayNumber(today) - dayNumber(since) > intervalDays };
}
