import { dayNumber, type IsoDate } from "./dates";
import { meetsTarget } from "./progress";
import type { Direction } from "./vocabulary";

export interface KpiProjection {
  /** change per year of the least-squares trend, in the KPI's unit */
  slopePerYear: number;
  /** the trend's value on the target date */
  valueAtTarget: number;
  /** whether the trend meets the target by its date, respecting direction */
  reachesTarget: boolean;
  /** the date on which the trend reaches the target value; null when it never does */
  dateReached: IsoDate | null;
  /** the trend line from the first value to the target date, for a dashed line in charts */
  line: [{ date: IsoDate; value: number }, { date: IsoDate; value: number }];
}

const DAY_MS = 86_400_000;
const toIso = (day: number): IsoDate => new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10);

/**
 * Least-squares trend over dated values, projected to the target date. Needs two values on
 * different dates; with fewer there is no trend to speak of and the answer is null.
 */
export function projectKpi(input: {
  direction: Direction;
  target: { date: IsoDate; value: number };
  values: ReadonlyArray<{ date: IsoDate; value: number }>;
}): KpiProjection | null {
  const points = input.values.map((v) => ({ x: dayNumber(v.date), y: v.value }));
  const n = points.length;
  if (n === 0) return null;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  return projectTrend({
    direction: input.direction,
    target: input.target,
    sums: {
      severalDates: new Set(points.map((p) => p.x)).size > 1,
      meanX,
      meanY,
      sxx: points.reduce((s, p) => s + (p.x - meanX) ** 2, 0),
      sxy: points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0),
      firstX: Math.min(...points.map((p) => p.x)),
    },
  });
}

/**
 * The sums a least-squares trend needs (x: day number, y: value), so the database can compute them
 * over thousands of values in one aggregate and hand over only these.
 */
export interface TrendSums {
  /** whether the values have at least two different dates: a trend needs them */
  severalDates: boolean;
  meanX: number;
  meanY: number;
  /** Σ(x − meanX)² */
  sxx: number;
  /** Σ(x − meanX)(y − meanY) */
  sxy: number;
  /** day number of the first value */
  firstX: number;
}

/** {@link projectKpi} from the sums of its values. */
export function projectTrend(input: {
  direction: Direction;
  target: { date: IsoDate; value: number };
  sums: TrendSums;
}): KpiProjection | null {
  const { severalDates, meanX, meanY, sxx, sxy, firstX } = input.sums;
  if (!severalDates) return null;
  const slope = sxy / sxx;
  const at = (x: number) => meanY + slope * (x - meanX);

  const targetX = dayNumber(input.target.date);
  const valueAtTarget = at(targetX);
  // Where the line crosses the target value; a flat line crosses nowhere (or everywhere, if already there).
  let dateReached: IsoDate | null = null;
  if (slope !== 0) {
    const crossX = meanX + (input.target.value - meanY) / slope;
    const improving = input.direction === "higher" ? slope > 0 : slope < 0;
    if (improving) dateReached = toIso(Math.max(crossX, firstX));
  } else if (meetsTarget(input.direction, meanY, input.target.value)) {
    dateReached = toIso(firstX);
  }
  return {
    slopePerYear: slope * 365.25,
    valueAtTarget,
    reachesTarget: meetsTarget(input.direction, valueAtTarget, input.target.value),
    dateReached,
    line: [
      { date: toIso(firstX), value: at(firstX) },
      { date: input.target.date, value: valueAtTarget },
    ],
  };
}
