import { monthlySamplePoints } from "@sm/domain/web";

/**
 * The dates the overview's slider offers: every month end from the start of the horizon, then
 * today (or the horizon's end, if that came first) as the last stop. Empty before the horizon.
 */
export function asOfStops(horizon: { start: string; end: string }, today: string): string[] {
  const last = today < horizon.end ? today : horizon.end;
  if (last < horizon.start) return [];
  const stops = monthlySamplePoints(horizon, last).filter((date) => date <= last);
  if (stops.at(-1) !== last) stops.push(last);
  return stops;
}

/** The slider position for a date: the last stop on or before it (the first stop for earlier dates). */
export function stopIndexFor(stops: string[], date: string): number {
  let index = 0;
  stops.forEach((stop, i) => {
    if (stop <= date) index = i;
  });
  return index;
}
