import { useId, useMemo } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ProgressSeries } from "@sm/domain/web";
import { useAsOf } from "../../components/as-of";
import { QueryState } from "../../components/query-state";
import { ProgressChart } from "./progress-chart";
import { toProgressChartData } from "./progress-series";

/** The progress chart under its heading, with its own loading and error state. */
export function ProgressSection({
  title,
  query,
  level = 2,
}: {
  title: string;
  query: UseQueryResult<ProgressSeries, Error>;
  level?: 2 | 3;
}) {
  const headingId = useId();
  const pastDate = useAsOf() !== undefined;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={headingId} className="chart-section">
      <Heading id={headingId}>{title}</Heading>
      <p className="muted">
        Durchgezogene Linie: tatsächlicher Fortschritt (Ist). Gestrichelte Linie: geplanter Fortschritt nach dem Zeitplan, wie
        er {pastDate ? "am angezeigten Stand" : "heute"} gilt (Plan). Wurden Termine verschoben, zeigt eine gepunktete Linie den
        ursprünglich beschlossenen Plan. Die senkrechte Linie markiert {pastDate ? "den angezeigten Stand" : "heute"}.
      </p>
      {/* The chart with its buttons below (ChartWithTable), as measured at 1280 px. */}
      <QueryState query={query} reserve="23.3rem">
        {(series) => <Chart series={series} caption={title} markerLabel={pastDate ? "Stand" : "Heute"} />}
      </QueryState>
    </section>
  );
}

function Chart({ series, caption, markerLabel }: { series: ProgressSeries; caption: string; markerLabel: string }) {
  const data = useMemo(() => toProgressChartData(series), [series]);
  return <ProgressChart data={data} caption={caption} markerLabel={markerLabel} />;
}
