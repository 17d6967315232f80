import { lazy, Suspense, useMemo } from "react";
import type { KpiWithSeries } from "@sm/domain/web";
import { sparklineText } from "../kpi/kpi-series";
import { KpiAttainment, KpiStatus } from "../kpi/kpi-status";
import { ProjectionVerdict } from "../kpi/projection-verdict";
import { kpiScopeData } from "../kpi/value-provenance";
import { sparklineAxis, toSparkline } from "./sparkline-series";
import { AsOfLink } from "../../components/as-of-link";

// The charting library follows the card's text; an empty line of the same height keeps its place.
const Sparkline = lazy(() => import("./sparkline").then((m) => ({ default: m.Sparkline })));
const noLine = <div className="sparkline" aria-hidden="true" />;

/** A KPI of a field: link, trend line and the same in words, each figure with its mark. */
export function KpiCard({ kpi, colour }: { kpi: KpiWithSeries; colour: string }) {
  const points = useMemo(() => toSparkline(kpi), [kpi]);
  const axis = useMemo(() => sparklineAxis(kpi, points), [kpi, points]);
  return (
    <article className="card kpi-card" {...kpiScopeData(kpi.id)}>
      <h3 className="kpi-card__title">
        <AsOfLink to={`/kennzahlen/${kpi.id}`}>{kpi.title}</AsOfLink>
      </h3>
      {points.length > 1 ? (
        <Suspense fallback={noLine}>
          <Sparkline points={points} axis={axis} colour={colour} />
        </Suspense>
      ) : (
        noLine
      )}
      <p className="kpi-card__series muted">{sparklineText(kpi, points)}</p>
      <KpiStatus kpi={kpi} />
      <ProjectionVerdict projection={kpi.projection} />
      <KpiAttainment kpi={kpi} />
    </article>
  );
}
