import { formatNumber, type SignalThresholds } from "@sm/domain/web";

/** The signals that follow from the gap between actual and planned progress. */
export type GapSignal = "ahead" | "on_track" | "behind" | "critical";

export interface SignalRule {
  signal: GapSignal;
  /** when the signal shows, in words, e.g. "mindestens 10 Prozentpunkte vor dem Plan" */
  condition: string;
}

const number = (value: number) => formatNumber(Math.abs(value), 2);
const points = (value: number) => `${number(value)} ${Math.abs(value) === 1 ? "Prozentpunkt" : "Prozentpunkte"}`;

/** gap ≥ low */
function atLeast(low: number): string {
  if (low > 0) return `mindestens ${points(low)} vor dem Plan`;
  if (low === 0) return "genau im Plan oder davor";
  return `höchstens ${points(low)} hinter dem Plan oder davor`;
}

/** gap < high */
function below(high: number): string {
  if (high < 0) return `mehr als ${points(high)} hinter dem Plan`;
  if (high === 0) return "hinter dem Plan";
  return `weniger als ${points(high)} vor dem Plan oder dahinter`;
}

/** low ≤ gap < high */
function between(low: number, high: number): string {
  if (high < 0) return `mehr als ${number(high)}, aber höchstens ${points(low)} hinter dem Plan`;
  if (low > 0) return `mindestens ${number(low)}, aber weniger als ${points(high)} vor dem Plan`;
  if (low === 0) return `genau im Plan oder weniger als ${points(high)} davor`;
  if (high === 0) return `hinter dem Plan, aber höchstens ${points(low)}`;
  return `höchstens ${points(low)} hinter und weniger als ${points(high)} vor dem Plan`;
}

/**
 * The on-track rule of a strategy in words, built from its own thresholds (gap = actual minus
 * planned progress in percentage points; see onTrackSignal in packages/domain/src/progress.ts):
 * ahead from `ahead` on, on track from `onTrack`, behind from `behind`, critical below.
 */
export function signalRules(thresholds: SignalThresholds): SignalRule[] {
  const { ahead, onTrack, behind } = thresholds;
  return [
    { signal: "ahead", condition: atLeast(ahead) },
    { signal: "on_track", condition: between(onTrack, ahead) },
    { signal: "behind", condition: between(behind, onTrack) },
    { signal: "critical", condition: below(behind) },
  ];
}
