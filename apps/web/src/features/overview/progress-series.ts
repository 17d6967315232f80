import { formatDate, formatMonth, formatPercent, type ProgressSeries } from "@sm/domain/web";

export interface ProgressChartPoint {
  /** milliseconds since the epoch (UTC midnight), so recharts can use a time axis */
  t: number;
  actual: number | null;
  planned: number | null;
  baseline: number | null;
}

export interface ProgressChartData {
  points: ProgressChartPoint[];
  domain: [number, number];
  /** 1 January of every year in the range, for the x-axis ticks */
  yearTicks: number[];
  today: number;
  /** whether any plan was revised, so the baseline curve differs from the planned one and is drawn */
  showBaseline: boolean;
  /** one sentence for screen readers in place of the drawing */
  summary: string;
  rows: Array<{ key: string; month: string; actual: string; planned: string; baseline: string }>;
}

export const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
export const yearOf = (time: number) => new Date(time).getUTCFullYear();

/** 1 January of each year from the first to the last date's year. */
export function yearTicks(from: number, to: number): number[] {
  const ticks: number[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year += 1) ticks.push(Date.UTC(year, 0, 1));
  return ticks;
}

/**
 * Monthly actual and planned progress as the chart and its table need them. The axis starts on
 * 1 January of the first sample's year: the API samples month ends, and the horizon starts on a 1st.
 */
export function toProgressChartData(series: ProgressSeries): ProgressChartData {
  const points = series.points.map((p) => ({ t: toTime(p.date), actual: p.actual, planned: p.planned, baseline: p.baseline }));
  // Rounded like the table shows them: a difference nobody could read is no difference.
  const showBaseline = series.points.some((p) => formatPercent(p.planned) !== formatPercent(p.baseline));
  const first = points[0]?.t ?? toTime(series.today);
  const last = points.at(-1)?.t ?? first;
  const start = Date.UTC(yearOf(first), 0, 1);
  return {
    points,
    domain: [start, last],
    yearTicks: yearTicks(start, last),
    today: toTime(series.today),
    showBaseline,
    summary: progressSummary(series),
    rows: series.points.map((p) => ({
      key: p.date,
      month: formatMonth(p.date),
      actual: formatPercent(p.actual),
      planned: formatPercent(p.planned),
      baseline: formatPercent(p.baseline),
    })),
  };
}

/** "Liniendiagramm: Ist-Fortschritt 41 %, geplant 55 % am 27.11.2026" — the latest known state. */
export function progressSummary(series: ProgressSeries): string {
  const current =
    series.points.find((p) => p.date === series.today) ?? series.points.filter((p) => p.actual !== null).at(-1);
  if (!current) return "Liniendiagramm: Es liegen noch keine Fortschrittsdaten vor.";
  const baseline =
    formatPercent(current.baseline) !== formatPercent(current.planned)
      ? ` (nach dem ursprünglichen Plan ${formatPercent(current.baseline)})`
      : "";
  return `Liniendiagramm: Ist-Fortschritt ${formatPercent(current.actual)}, geplant ${formatPercent(current.planned)}${baseline} am ${formatDate(current.date)}`;
}
