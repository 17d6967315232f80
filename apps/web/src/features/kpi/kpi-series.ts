import { formatDate, formatNumber, type KpiDetail, type KpiWithSeries, type SeriesPeriod } from "@sm/domain/web";
import { toTime, yearTicks } from "../overview/progress-series";
import { axisNote, boundedProjection, kpiAxis, kpiBounds, type ValueAxis } from "./kpi-axis";
import { projectionVerdictText } from "./kpi-projection";
import {
  attainmentProvenance,
  baselineProvenance,
  figureText,
  projectionProvenance,
  valueProvenance,
  type KpiRef,
  type Provenance,
} from "./value-provenance";

export interface KpiChartPoint {
  t: number;
  /** baseline and reported values: the line with dots */
  value: number | null;
  /** whether that value is example data (a hollow dot); null where there is no value */
  valueIsExample: boolean | null;
  /** the straight path from baseline to target: only its two ends, the chart draws the line */
  path: number | null;
  /** the least-squares trend of the values projected to the target date: only its two ends */
  trend: number | null;
  /** an interim target on this date: a diamond */
  interim: number | null;
}

/** One figure drawn on a date, with its mark: what the tooltip and the table list. */
export interface KpiFigureEntry {
  key: string;
  /** ISO date the figure is for */
  date: string;
  /** "Ausgangswert", "Messwert", "Zwischenziel", "Ziel", "Trend (Projektion)" */
  label: string;
  value: number;
  provenance: Provenance;
  /** for a trend cut off at a bound: what the trend itself computes there */
  computed: number | null;
}

export interface KpiChartData {
  kpi: KpiRef;
  /** everything drawn, on one time axis: one array, so the tooltip's index always means one date */
  points: KpiChartPoint[];
  /** per drawn date, the figures on it, for the tooltip */
  byTime: ReadonlyMap<number, KpiFigureEntry[]>;
  domain: [number, number];
  yearTicks: number[];
  /** value axis around the data with round steps, within what the KPI can take */
  yAxis: ValueAxis;
  /** how to read the axis ("Rang 1 steht oben", a trend cut off at a bound); "" when plain */
  axisNote: string;
  /** what hollow and filled dots mean, when some value is example data; "" otherwise */
  dotNote: string;
  /** with more values than drawn: which ones the line shows (the last of each month …); "" otherwise */
  periodNote: string;
  summary: string;
  /** every drawn figure in date order, for the table beside the chart */
  rows: KpiFigureEntry[];
}

/** Values, target path, interim targets and trend of a KPI, merged on one time axis. */
export function toKpiChartData(kpi: KpiDetail): KpiChartData {
  const entries = kpiFigures(kpi);
  const byTime = new Map<number, KpiChartPoint>();
  const at = (t: number) => {
    const point = byTime.get(t) ?? { t, value: null, valueIsExample: null, path: null, trend: null, interim: null };
    byTime.set(t, point);
    return point;
  };
  Object.assign(at(toTime(kpi.baseline.date)), { value: kpi.baseline.value, valueIsExample: kpi.baseline.isExample, path: kpi.baseline.value });
  at(toTime(kpi.target.date)).path = kpi.target.value;
  // A value reported on the baseline date replaces the baseline in the value line.
  for (const v of kpi.values) Object.assign(at(toTime(v.date)), { value: v.value, valueIsExample: v.isExample });
  for (const i of kpi.interimTargets) at(toTime(i.date)).interim = i.value;
  for (const end of kpi.projection?.line ?? []) at(toTime(end.date)).trend = end.value;
  const points = [...byTime.values()].sort((a, b) => a.t - b.t);

  const figuresByTime = new Map<number, KpiFigureEntry[]>();
  for (const entry of entries) {
    const t = toTime(entry.date);
    figuresByTime.set(t, [...(figuresByTime.get(t) ?? []), entry]);
  }

  const first = points[0]?.t ?? toTime(kpi.baseline.date);
  const last = points.at(-1)?.t ?? toTime(kpi.target.date);
  const start = Date.UTC(new Date(first).getUTCFullYear(), 0, 1);
  const projected = kpi.projection?.line.map((end) => end.value) ?? [];
  const yAxis = kpiAxis({ unit: kpi.unit, decimals: kpi.decimals, values: realFigures(kpi), projected });

  return {
    kpi: { id: kpi.id, unit: kpi.unit, decimals: kpi.decimals },
    points,
    byTime: figuresByTime,
    domain: [start, last],
    yearTicks: yearTicks(start, last),
    yAxis,
    axisNote: axisNote(yAxis, projected),
    dotNote: dotNote(points.flatMap((p) => (p.valueIsExample === null ? [] : [p.valueIsExample]))),
    periodNote: periodNote(kpi),
    summary: kpiSummary(kpi),
    rows: entries,
  };
}

/** What the dots of the value line mean: hollow ones are example data. */
export function dotNote(isExample: readonly boolean[]): string {
  if (!isExample.some(Boolean)) return "";
  return isExample.every(Boolean) ? "Hohle Punkte: Beispieldaten." : "Gefüllte Punkte: belegte Werte, hohle Punkte: Beispieldaten.";
}

/**
 * The series of a KPI in one sentence about its marks, where the drawing cannot carry them (a
 * sparkline, a printed chart): "Verlauf: 11 Werte, alle Beispieldaten." and the like; "" without values.
 */
export function seriesProvenanceText(isExample: readonly boolean[]): string {
  const n = isExample.length;
  if (n === 0) return "";
  const count = `Verlauf: ${n} ${n === 1 ? "Wert" : "Werte"}`;
  return `${count}, ${marksText(n, isExample.filter(Boolean).length)}.`;
}

/** "alle belegt", "alle Beispieldaten", "3 belegt, 8 Beispieldaten" (one: "belegt", "Beispieldaten"). */
function marksText(n: number, examples: number): string {
  if (examples === 0) return n === 1 ? "belegt" : "alle belegt";
  if (examples === n) return n === 1 ? "Beispieldaten" : "alle Beispieldaten";
  return `${formatNumber(n - examples)} belegt, ${formatNumber(examples)} Beispieldaten`;
}

const PERIOD_WORDS: Record<Exclude<SeriesPeriod, "value">, string> = { month: "Monat", quarter: "Quartal", year: "Jahr" };

/**
 * The line under a sparkline: with every value drawn, as {@link seriesProvenanceText} over the drawn
 * points; with a value per period, the count of all values and their marks, and what the line shows.
 */
export function sparklineText(
  kpi: Pick<KpiWithSeries, "baseline" | "pointsPer" | "valueCount" | "exampleValueCount">,
  drawn: ReadonlyArray<{ isExample: boolean }>,
): string {
  if (kpi.pointsPer === "value") return seriesProvenanceText(drawn.map((p) => p.isExample));
  const n = kpi.valueCount + 1;
  const examples = kpi.exampleValueCount + (kpi.baseline.isExample ? 1 : 0);
  return `Verlauf: Ausgangswert und ${formatNumber(kpi.valueCount)} Werte, ${marksText(n, examples)}; die Linie zeigt je ${PERIOD_WORDS[kpi.pointsPer]} den letzten Wert.`;
}

/**
 * What a chart of a KPI with more values than it draws leaves out, in words; "" when it draws all.
 * "Die Linie zeigt je Monat den letzten Wert (46 von 2.000 Werten); alle Werte stehen in der Tabelle „Alle Werte“."
 */
export function periodNote(kpi: Pick<KpiDetail, "pointsPer" | "valueCount" | "values">): string {
  if (kpi.pointsPer === "value") return "";
  return `Die Linie zeigt je ${PERIOD_WORDS[kpi.pointsPer]} den letzten Wert (${formatNumber(kpi.values.length)} von ${formatNumber(kpi.valueCount)} Werten); alle Werte stehen in der Tabelle „Alle Werte“.`;
}

/** The trend runs through all reported values, also those the chart leaves out: example data if any of them is. */
const trendProvenance = (kpi: Pick<KpiDetail, "exampleValueCount">): Provenance => projectionProvenance([{ isExample: kpi.exampleValueCount > 0 }]);

/** Baseline, reported values and targets: the figures the KPI takes or aims at (not the trend). */
function realFigures(kpi: KpiDetail): number[] {
  return [kpi.baseline.value, kpi.target.value, ...kpi.values.map((v) => v.value), ...kpi.interimTargets.map((i) => i.value)];
}

/**
 * Every figure the chart draws, each with its mark, in date order (on one date: baseline, values,
 * interim target, target, trend). The trend appears at both ends of its line, cut off at what the
 * KPI can take.
 */
export function kpiFigures(kpi: KpiDetail): KpiFigureEntry[] {
  const bounds = kpiBounds(kpi.unit, realFigures(kpi));
  const trend = trendProvenance(kpi);
  const figures: Omit<KpiFigureEntry, "key">[] = [
    { date: kpi.baseline.date, label: "Ausgangswert", value: kpi.baseline.value, provenance: baselineProvenance(kpi.baseline), computed: null },
    ...kpi.values.map((v) => ({ date: v.date, label: "Messwert", value: v.value, provenance: valueProvenance(v), computed: null })),
    ...kpi.interimTargets.map((i) => ({ date: i.date, label: "Zwischenziel", value: i.value, provenance: { kind: "interim" } as const, computed: null })),
    { date: kpi.target.date, label: "Ziel", value: kpi.target.value, provenance: { kind: "target" }, computed: null },
    ...(kpi.projection?.line ?? []).map((end) => ({
      date: end.date,
      label: "Trend (Projektion)",
      ...boundedProjection(end.value, bounds),
      provenance: trend,
    })),
  ];
  return figures
    .map((figure, index) => ({ figure, index }))
    .sort((a, b) => a.figure.date.localeCompare(b.figure.date) || a.index - b.index)
    .map(({ figure, index }) => ({ ...figure, key: `${figure.date}-${index}` }));
}

/** One sentence in place of the drawing: latest value against the path to the target, each figure with its mark. */
export function kpiSummary(kpi: KpiDetail): string {
  const text = (value: number, p: Provenance, computed: number | null = null) => figureText(kpi, value, p, computed);
  const path = `Zielpfad vom Ausgangswert ${text(kpi.baseline.value, baselineProvenance(kpi.baseline))} am ${formatDate(kpi.baseline.date)} bis zum Ziel ${text(kpi.target.value, { kind: "target" })} am ${formatDate(kpi.target.date)}`;
  const latest = kpi.latest
    ? `letzter Wert ${text(kpi.latest.value, valueProvenance(kpi.latest))} am ${formatDate(kpi.latest.date)}`
    : "noch kein Wert gemeldet";
  const attainment = kpi.attainment === null ? "" : `, Zielerreichung ${text(kpi.attainment, attainmentProvenance(kpi))}`;
  let trend = "";
  if (kpi.projection) {
    const { value, computed } = boundedProjection(kpi.projection.valueAtTarget, kpiBounds(kpi.unit, realFigures(kpi)));
    trend = `; Trend (Projektion) ${text(value, trendProvenance(kpi), computed)} am ${formatDate(kpi.target.date)}: ${projectionVerdictText(kpi.projection)}`;
  }
  return `Liniendiagramm: ${latest}; ${path}${attainment}${trend}`;
}
