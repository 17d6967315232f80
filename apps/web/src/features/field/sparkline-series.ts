import type { KpiWithSeries } from "@sm/domain/web";
import { kpiAxis, type ValueAxis } from "../kpi/kpi-axis";

export interface SparkPoint {
  t: number;
  value: number;
  /** drawn as a hollow dot */
  isExample: boolean;
}

/** Baseline and reported values in date order, for a small trend line. */
export function toSparkline(kpi: Pick<KpiWithSeries, "baseline" | "series">): SparkPoint[] {
  const points = [{ date: kpi.baseline.date, value: kpi.baseline.value, isExample: kpi.baseline.isExample }, ...kpi.series]
    .map((p) => ({ t: Date.parse(`${p.date}T00:00:00Z`), value: p.value, isExample: p.isExample }))
    .sort((a, b) => a.t - b.t);
  // A value reported on the baseline date replaces the baseline itself.
  return points.filter((p, i) => points[i + 1]?.t !== p.t);
}

/** The sparkline's (hidden) value axis: the same rules as the KPI chart, so a rank improves upwards there too. */
export function sparklineAxis(kpi: Pick<KpiWithSeries, "unit" | "decimals">, points: readonly SparkPoint[]): ValueAxis {
  return kpiAxis({ unit: kpi.unit, decimals: kpi.decimals, values: points.map((p) => p.value) });
}
