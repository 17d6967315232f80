import type { KpiWithSeries } from "@sm/domain";

export interface SparkPoint {
  t: number;
  value: number;
}

/** Baseline and reported values in date order, for a small trend line. */
export function toSparkline(kpi: Pick<KpiWithSeries, "baseline" | "series">): SparkPoint[] {
  const points = [{ date: kpi.baseline.date, value: kpi.baseline.value }, ...kpi.series]
    .map((p) => ({ t: Date.parse(`${p.date}T00:00:00Z`), value: p.value }))
    .sort((a, b) => a.t - b.t);
  // A value reported on the baseline date replaces the baseline itself.
  return points.filter((p, i) => points[i + 1]?.t !== p.t);
}
