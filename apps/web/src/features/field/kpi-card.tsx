import { useMemo } from "react";
import { formatPercent, type KpiWithSeries } from "@sm/domain";
import { kpiStatusText } from "../kpi/kpi-format";
import { ProjectionVerdict } from "../kpi/projection-verdict";
import { Sparkline } from "./sparkline";
import { toSparkline } from "./sparkline-series";
import { AsOfLink } from "../../components/as-of-link";

/** A KPI of a field: link, trend line and the same in words. */
export function KpiCard({ kpi, colour }: { kpi: KpiWithSeries; colour: string }) {
  const points = useMemo(() => toSparkline(kpi), [kpi]);
  return (
    <article className="card kpi-card">
      <h3 className="kpi-card__title">
        <AsOfLink to={`/kennzahlen/${kpi.id}`}>{kpi.title}</AsOfLink>
      </h3>
      {points.length > 1 ? <Sparkline points={points} colour={colour} /> : <div className="sparkline" aria-hidden="true" />}
      <p>{kpiStatusText(kpi)}</p>
      <ProjectionVerdict projection={kpi.projection} />
      <p className="muted">Zielerreichung: {kpi.attainment === null ? "–" : formatPercent(kpi.attainment * 100)}</p>
    </article>
  );
}
