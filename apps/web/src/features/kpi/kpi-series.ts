import { formatDate, formatPercent, type KpiDetail } from "@sm/domain";
import { toTime, yearTicks } from "../overview/progress-series";
import { formatKpiValue } from "./kpi-format";
import { projectionVerdictText } from "./kpi-projection";

export interface KpiChartPoint {
  t: number;
  /** baseline and reported values: the line with dots */
  value: number | null;
  /** the straight path from baseline to target: only its two ends, the chart draws the line */
  path: number | null;
  /** the least-squares trend of the values projected to the target date: only its two ends */
  trend: number | null;
}

export interface KpiChartData {
  points: KpiChartPoint[];
  interim: Array<{ t: number; interim: number }>;
  domain: [number, number];
  yearTicks: number[];
  /** value axis around the data with round steps, so small changes stay visible */
  yAxis: ValueAxis;
  summary: string;
  rows: Array<{ key: string; date: string; kind: string; value: string }>;
}

/** Values, target path and interim targets of a KPI, merged on one time axis. */
export function toKpiChartData(kpi: KpiDetail): KpiChartData {
  const byTime = new Map<number, KpiChartPoint>();
  const at = (t: number) => {
    const point = byTime.get(t) ?? { t, value: null, path: null, trend: null };
    byTime.set(t, point);
    return point;
  };
  at(toTime(kpi.baseline.date)).value = kpi.baseline.value;
  at(toTime(kpi.baseline.date)).path = kpi.baseline.value;
  at(toTime(kpi.target.date)).path = kpi.target.value;
  // A value reported on the baseline date replaces the baseline in the value line.
  for (const v of kpi.values) at(toTime(v.date)).value = v.value;
  for (const end of kpi.projection?.line ?? []) at(toTime(end.date)).trend = end.value;
  const points = [...byTime.values()].sort((a, b) => a.t - b.t);

  const first = points[0]?.t ?? toTime(kpi.baseline.date);
  const last = points.at(-1)?.t ?? toTime(kpi.target.date);
  const start = Date.UTC(new Date(first).getUTCFullYear(), 0, 1);
  const all = [kpi.baseline.value, kpi.target.value, ...kpi.values.map((v) => v.value), ...kpi.interimTargets.map((i) => i.value),
    ...(kpi.projection?.line.map((end) => end.value) ?? []),
  ];

  return {
    points,
    interim: kpi.interimTargets.map((i) => ({ t: toTime(i.date), interim: i.value })),
    domain: [start, last],
    yearTicks: yearTicks(start, last),
    yAxis: valueAxis(all, { cap: kpi.unit === "%" ? 100 : Infinity, integer: kpi.decimals === 0 }),
    summary: kpiSummary(kpi),
    rows: kpiRows(kpi),
  };
}

export interface ValueAxis {
  min: number;
  max: number;
  ticks: number[];
}

/**
 * A value axis around the data, about four round steps (1, 2, 2.5 or 5 × 10ⁿ) with some headroom;
 * it does not go below 0 for data that does not, nor above `cap` (100 for percentages), so small
 * changes stay visible without inventing negative counts.
 */
export function valueAxis(values: readonly number[], options: { cap?: number; integer?: boolean } = {}): ValueAxis {
  const { cap = Infinity, integer = false } = options;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || Math.abs(hi) || 1;
  const rough = (span * 1.2) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const nice = ([1, 2, 2.5, 5, 10].find((f) => f * magnitude >= rough) ?? 10) * magnitude;
  // A KPI shown without decimals gets whole-number ticks, or a tick would read "8" for 7.5.
  const step = integer ? Math.max(1, Math.ceil(nice)) : nice;
  let min = Math.floor((lo - span * 0.1) / step) * step;
  let max = Math.ceil((hi + span * 0.1) / step) * step;
  if (lo >= 0) min = Math.max(0, min);
  if (hi <= cap) max = Math.min(cap, max);
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 1000; t += step) ticks.push(Number(t.toFixed(10)));
  return { min, max, ticks };
}

const fmt = (kpi: KpiDetail, value: number) => formatKpiValue(value, kpi.unit, kpi.decimals);

/** One sentence in place of the drawing: latest value against the path to the target. */
export function kpiSummary(kpi: KpiDetail): string {
  const path = `Zielpfad von ${fmt(kpi, kpi.baseline.value)} (${formatDate(kpi.baseline.date)}) bis ${fmt(kpi, kpi.target.value)} (${formatDate(kpi.target.date)})`;
  const latest = kpi.latest
    ? `letzter Wert ${fmt(kpi, kpi.latest.value)} am ${formatDate(kpi.latest.date)}`
    : "noch kein Wert gemeldet";
  const attainment = kpi.attainment === null ? "" : `, Zielerreichung ${formatPercent(kpi.attainment * 100)}`;
  const trend = kpi.projection
    ? `; Trend (Projektion) ${fmt(kpi, kpi.projection.valueAtTarget)} am ${formatDate(kpi.target.date)}: ${projectionVerdictText(kpi.projection)}`
    : "";
  return `Liniendiagramm: ${latest}; ${path}${attainment}${trend}`;
}

/** Everything the chart draws, as table rows in date order. */
export function kpiRows(kpi: KpiDetail): KpiChartData["rows"] {
  const rows = [
    { date: kpi.baseline.date, kind: "Ausgangswert", value: kpi.baseline.value },
    ...kpi.values.map((v) => ({ date: v.date, kind: v.isExample ? "Messwert (Beispieldaten)" : "Messwert", value: v.value })),
    ...kpi.interimTargets.map((i) => ({ date: i.date, kind: "Zwischenziel", value: i.value })),
    { date: kpi.target.date, kind: "Ziel", value: kpi.target.value },
    ...(kpi.projection
      ? [{ date: kpi.target.date, kind: `Projektion am ${formatDate(kpi.target.date)} (Trend)`, value: kpi.projection.valueAtTarget }]
      : []),
  ];
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => a.row.date.localeCompare(b.row.date) || a.index - b.index)
    .map(({ row, index }) => ({ key: `${row.date}-${index}`, date: formatDate(row.date), kind: row.kind, value: fmt(kpi, row.value) }));
}
