import { useMemo } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import type { KpiDetail, KpiWithSeries } from "@sm/domain/web";
import { QueryState } from "../../components/query-state";
import { KpiChart } from "../kpi/kpi-chart";
import { KpiStatus } from "../kpi/kpi-status";
import { sparklineText, toKpiChartData } from "../kpi/kpi-series";
import { ProjectionVerdict } from "../kpi/projection-verdict";
import { toSparkline } from "../field/sparkline-series";
import { kpiScopeData } from "../kpi/value-provenance";

interface Props {
  /** what the field already sent: enough for the title and the sentences */
  summary: KpiWithSeries;
  /** the KPI with interim targets and all values, for the chart */
  query: UseQueryResult<KpiDetail> | undefined;
}

/**
 * A KPI in the report: the verdict and the latest value in words (what a printed page keeps of the
 * chart's table), then the chart with the trend to the target date.
 */
export function ReportKpi({ summary, query }: Props) {
  return (
    <article className="report-kpi" {...kpiScopeData(summary.id)}>
      <h4 className="report-kpi__title">{summary.title}</h4>
      <KpiStatus kpi={summary} className="report-kpi__status" />
      <p className="muted">{sparklineText(summary, toSparkline(summary))}</p>
      <ProjectionVerdict projection={summary.projection} />
      {query ? <QueryState query={query}>{(kpi) => <Chart kpi={kpi} />}</QueryState> : null}
    </article>
  );
}

function Chart({ kpi }: { kpi: KpiDetail }) {
  const data = useMemo(() => toKpiChartData(kpi), [kpi]);
  return <KpiChart data={data} caption={`Verlauf von „${kpi.title}“`} legend="axis" />;
}
