import type { CSSProperties } from "react";
import { useQuery } from "@tanstack/react-query";
import { useParams, useSearchParams } from "react-router";
import { formatNumber, type FieldDetail } from "@sm/domain/web";
import { fieldQuery, progressQuery, strategyQuery, type FieldPageParams } from "../../api/queries";
import { useAsOf } from "../../components/as-of";
import { AsOfLink } from "../../components/as-of-link";
import { AsOfNotice } from "../../components/as-of-notice";
import { ExampleDataNote } from "../../components/example-data-note";
import { MethodLink } from "../../components/method-link";
import { listCaption, readPage } from "../../components/page-range";
import { Pager } from "../../components/pager";
import { ProgressBar } from "../../components/progress-bar";
import { QueryState } from "../../components/query-state";
import { SignalBadge } from "../../components/signal-badge";
import { useDocumentTitle } from "../../components/use-document-title";
import { ProgressSection } from "../overview/progress-section";
import { statusCountsText } from "../overview/status-counts";
import { FieldMeasuresTable, MEASURE_PAGE_PARAM } from "./field-measures-table";
import { FieldTimeline } from "./field-timeline";
import { KpiCard } from "./kpi-card";
import { parseFieldSort } from "./sort-measures";

const KPI_PAGE_PARAM = "kennzahlen-seite";

/** What the URL asks of the field's answer; defaults left out, so the plain page shares one cache entry. */
function fieldPageParams(params: URLSearchParams): FieldPageParams {
  const { sort, order } = parseFieldSort(params.get("sortierung"), params.get("reihenfolge"));
  const page = readPage(params.get(MEASURE_PAGE_PARAM));
  const kpiPage = readPage(params.get(KPI_PAGE_PARAM));
  return {
    ...(page > 1 ? { page: String(page) } : {}),
    ...(sort !== "code" || order !== "asc" ? { sort, order } : {}),
    ...(kpiPage > 1 ? { kpiPage: String(kpiPage) } : {}),
  };
}

export function FieldPage() {
  const { code = "" } = useParams();
  const asOf = useAsOf();
  const [params] = useSearchParams();
  const field = useQuery(fieldQuery(code, asOf, fieldPageParams(params)));
  return (
    <>
      <AsOfNotice />
      <QueryState query={field} pageTitle="Handlungsfeld">
        {(data) => <Field field={data} asOf={asOf} busy={field.isPlaceholderData && field.isFetching} />}
      </QueryState>
    </>
  );
}

function Field({ field, asOf, busy }: { field: FieldDetail; asOf: string | undefined; busy: boolean }) {
  useDocumentTitle(field.title);
  const progress = useQuery(progressQuery(field.code, asOf));
  const strategy = useQuery(strategyQuery(asOf));
  const horizon = strategy.data?.horizon;
  const { measures, kpis } = field;
  const chartTitle = horizon ? `Fortschritt ${horizon.start.slice(0, 4)}–${horizon.end.slice(0, 4)}` : "Fortschritt";

  return (
    <div className="field-page" style={{ "--field-colour": field.colour } as CSSProperties}>
      <nav aria-label="Brotkrumenpfad" className="breadcrumb">
        <ol>
          <li>
            <AsOfLink to="/">Übersicht</AsOfLink>
          </li>
          <li aria-current="page">Handlungsfeld {field.code}</li>
        </ol>
      </nav>
      <p className="eyebrow">Handlungsfeld {field.code}</p>
      <h1 className="field-title">{field.title}</h1>
      <p className="lead">{field.description}</p>

      <section aria-labelledby="field-state" className="card field-card">
        <h2 id="field-state">Stand</h2>
        <ProgressBar actual={field.progress.actual} planned={field.progress.planned} label={`Fortschritt ${field.code}`} />
        <p className="signal-line">
          <SignalBadge signal={field.progress.signal} label="Zeitplan" /> <MethodLink section="signal" />
        </p>
        <p>Maßnahmen: {statusCountsText(field.statusCounts)}</p>
      </section>

      <ProgressSection title={chartTitle} query={progress} />

      <section aria-labelledby="field-timeline">
        <h2 id="field-timeline">Zeitplan</h2>
        <p className="method-note">
          <MethodLink section="plan">Wie werden Plan und Zeitplan-Signal berechnet?</MethodLink>
        </p>
        <FieldTimeline code={field.code} asOf={asOf} />
      </section>

      <section aria-labelledby="field-measures">
        <h2 id="field-measures">Maßnahmen ({formatNumber(measures.total)})</h2>
        {measures.total > 0 ? (
          <>
            <p className="method-note">
              <MethodLink section="signal">Wie werden Fortschritt und Zeitplan-Signal berechnet?</MethodLink>
            </p>
            <FieldMeasuresTable measures={measures.items} caption={listCaption(`Maßnahmen im Handlungsfeld ${field.code}`, "Maßnahmen", measures)} busy={busy} />
            <Pager label="Seiten der Maßnahmen" noun="Maßnahmen" param={MEASURE_PAGE_PARAM} {...measures} />
          </>
        ) : (
          <p>Diesem Handlungsfeld sind noch keine öffentlichen Maßnahmen zugeordnet.</p>
        )}
      </section>

      <section aria-labelledby="field-kpis">
        <h2 id="field-kpis">Kennzahlen ({formatNumber(kpis.total)})</h2>
        <ExampleDataNote />
        {kpis.total > 0 ? (
          <>
            <div className="card-grid card-grid--small" aria-busy={busy}>
              {kpis.items.map((kpi) => (
                <KpiCard key={kpi.id} kpi={kpi} colour={field.colour} />
              ))}
            </div>
            <Pager label="Seiten der Kennzahlen" noun="Kennzahlen" param={KPI_PAGE_PARAM} {...kpis} />
          </>
        ) : (
          <p>Diesem Handlungsfeld sind noch keine Kennzahlen zugeordnet.</p>
        )}
      </section>
    </div>
  );
}
