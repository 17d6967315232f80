/** What kind of scale a KPI's unit has: ranks count from 1 (best) downwards, percentages end at 100. */
export type KpiScale = "rank" | "percent" | "plain";

const RANK_UNITS = new Set(["rang", "platz", "position"]);

export function kpiScale(unit: string): KpiScale {
  if (RANK_UNITS.has(unit.trim().toLowerCase())) return "rank";
  return unit.trim() === "%" ? "percent" : "plain";
}

export interface ValueAxis {
  min: number;
  max: number;
  ticks: number[];
  /** draw the smallest value on top: rank 1 is the best place, so it belongs at the top */
  reversed: boolean;
  /** values outside [min, max] no real figure can take, e.g. a trend line running below 0 */
  lowerBound: number;
  upperBound: number;
}

export interface KpiAxisInput {
  unit: string;
  decimals: number;
  /** baseline, reported values and targets: figures the KPI actually takes or aims at */
  values: readonly number[];
  /** projected values (a trend line): framed only as far as a real value could go */
  projected?: readonly number[];
}

/**
 * The values a KPI can take, judged from its unit and the figures it takes or aims at: a rank is 1
 * or more; a KPI whose baseline, values and targets are all ≥ 0 stays ≥ 0; a percentage that stays
 * within 100 never exceeds it. Open-ended where nothing says otherwise.
 */
export function kpiBounds(unit: string, values: readonly number[]): { lowerBound: number; upperBound: number } {
  const scale = kpiScale(unit);
  const lowerBound = scale === "rank" ? 1 : values.length > 0 && values.every((v) => v >= 0) ? 0 : -Infinity;
  const upperBound = scale === "percent" && values.every((v) => v <= 100) ? 100 : Infinity;
  return { lowerBound, upperBound };
}

/**
 * A projected value as it can be shown: inside the bounds as it is; beyond them the bound itself,
 * with the raw result of the trend kept as `computed` so the text can say "rechnerisch −1,8 %".
 */
export function boundedProjection(value: number, bounds: { lowerBound: number; upperBound: number }): { value: number; computed: number | null } {
  const clamped = Math.min(bounds.upperBound, Math.max(bounds.lowerBound, value));
  return clamped === value ? { value, computed: null } : { value: clamped, computed: value };
}

/**
 * The value axis of a KPI chart. About four round steps (1, 2, 2.5 or 5 × 10ⁿ) around the data with
 * some headroom, so small changes stay visible; but never beyond what the KPI can take: no negative
 * axis when values and targets are all ≥ 0, nothing above 100 for a percentage that stays within it,
 * and ranks start at 1, in whole steps, with rank 1 on top. A trend projected past those bounds is
 * cut off at the edge (the chart clips it) instead of stretching the axis into impossible values.
 */
export function kpiAxis({ unit, decimals, values, projected = [] }: KpiAxisInput): ValueAxis {
  const scale = kpiScale(unit);
  const real = values.filter(Number.isFinite);
  const { lowerBound, upperBound } = kpiBounds(unit, real);
  const clamp = (v: number) => Math.min(upperBound, Math.max(lowerBound, v));
  const framed = [...real, ...projected.filter(Number.isFinite).map(clamp)];
  const integer = scale === "rank" || decimals === 0;
  const { min, max, ticks } = niceAxis(framed.length > 0 ? framed : [lowerBound === -Infinity ? 0 : lowerBound], {
    lowerBound,
    upperBound,
    integer,
  });
  return { min, max, ticks, reversed: scale === "rank", lowerBound, upperBound };
}

/**
 * Round steps around `data`, kept inside the bounds. When a bound cuts the axis off between two
 * steps (rank 1 with a step of 5), the bound itself becomes the first or last tick.
 */
export function niceAxis(
  data: readonly number[],
  { lowerBound = -Infinity, upperBound = Infinity, integer = false }: { lowerBound?: number; upperBound?: number; integer?: boolean } = {},
): { min: number; max: number; ticks: number[] } {
  const lo = Math.min(...data);
  const hi = Math.max(...data);
  const span = hi - lo || Math.abs(hi) || 1;
  const rough = span / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  // A KPI shown without decimals gets whole-number ticks, or a tick would read "8" for 7.5.
  const factors = integer && magnitude < 10 ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const nice = (factors.find((f) => f * magnitude >= rough) ?? 10) * magnitude;
  const step = integer ? Math.max(1, Math.round(nice)) : nice;
  const min = Math.max(lowerBound, Math.floor((lo - span * 0.1) / step) * step);
  const max = Math.min(upperBound, Math.ceil((hi + span * 0.1) / step) * step);
  const round = (t: number) => Number(t.toFixed(10));
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step - 1e-9) * step; t <= max + step / 1000; t += step) ticks.push(round(t));
  if (ticks[0] !== min) ticks.unshift(round(min));
  if (ticks.at(-1) !== max) ticks.push(round(max));
  // A bound squeezed next to a round tick would crowd its label: drop the round one.
  if (ticks.length > 2 && ticks[1]! - ticks[0]! < step / 2) ticks.splice(1, 1);
  if (ticks.length > 2 && ticks.at(-1)! - ticks.at(-2)! < step / 2) ticks.splice(-2, 1);
  return { min: round(min), max: round(max), ticks };
}

/**
 * One sentence for the chart's legend text about how to read the axis, or "" when there is nothing
 * unusual: ranks are drawn with rank 1 on top; a trend cut off at a bound is said to be.
 */
export function axisNote(axis: ValueAxis, projected: readonly number[] = []): string {
  const parts: string[] = [];
  if (axis.reversed) parts.push("Die Achse ist umgekehrt: bessere Ränge stehen oben (Rang 1 ist der beste Platz), eine steigende Linie ist also eine Verbesserung.");
  const cut = projected.some((v) => v < axis.lowerBound || v > axis.upperBound);
  if (cut) parts.push("Der Trend ist am Rand abgeschnitten, wo er Werte erreichen würde, die die Kennzahl nicht annehmen kann.");
  return parts.join(" ");
}
