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
  if (new Set(points.map((p) => p.x)).size < 2) return null;
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0);
  const firstX = Math.min(...points.map((p) => p.x));
  return projectMoments({ direction: input.direction, target: input.target, moments: { meanX, meanY, sxx, sxy, firstX } });
}

/**
 * What a least-squares trend needs of the values, x in day numbers: the means, the centred sums of
 * squares and products, and the first date (where the drawn line starts).
 */
export interface TrendMoments {
  meanX: number;
  meanY: number;
  sxx: number;
  sxy: number;
  firstX: number;
}

/**
 * The moments from plain sums over the values, as SQL can add them up without handing every value
 * over: x counted in days from `originX` (a nearby day keeps the sums small, so the products of
 * whole days stay exact), `minX` on the same scale. Null when there are not two distinct dates.
 */
export function momentsFromSums(s: {
  originX: number;
  n: number;
  sumX: number;
  sumY: number;
  sumXX: number;
  sumXY: number;
  minX: number;
}): TrendMoments | null {
  // n·Σx² − (Σx)² is exact in whole days and zero exactly when every value is on one date.
  const spread = s.n * s.sumXX - s.sumX * s.sumX;
  if (s.n < 2 || spread <= 0) return null;
  return {
    meanX: s.originX + s.sumX / s.n,
    meanY: s.sumY / s.n,
    sxx: spread / s.n,
    sxy: s.sumXY - (s.sumX * s.sumY) / s.n,
    firstX: s.originX + s.minX,
  };
}

/** The trend through the moments, projected to the target date. */
export function projectMoments(input: {
  direction: Direction;
  target: { date: IsoDate; value: number };
  moments: TrendMoments;
}): KpiProjection {
  const { meanX, meanY, sxx, sxy, firstX } = input.moments;
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
