import type { CSSProperties } from "react";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import type { FieldDetail } from "@sm/domain/web";
import { fieldQuery, progressQuery, strategyQuery } from "../../api/queries";
import { useAsOf } from "../../components/as-of";
import { AsOfLink } from "../../components/as-of-link";
import { AsOfNotice } from "../../components/as-of-notice";
import { ExampleDataNote } from "../../components/example-data-note";
import { MethodLink } from "../../components/method-link";
import { ProgressBar } from "../../components/progress-bar";
import { QueryState } from "../../components/query-state";
import { SignalBadge } from "../../components/signal-badge";
import { useDocumentTitle } from "../../components/use-document-title";
import { ProgressSection } from "../overview/progress-section";
import { statusCountsText } from "../overview/status-counts";
import { FieldMeasuresTable } from "./field-measures-table";
import { FieldTimeline } from "./field-timeline";
import { KpiCard } from "./kpi-card";

export function FieldPage() {
  const { code = "" } = useParams();
  const asOf = useAsOf();
  const field = useQuery(fieldQuery(code, asOf));
  return (
    <>
      <AsOfNotice />
      <QueryState query={field} pageTitle="Handlungsfeld">
        {(data) => <Field field={data} asOf={asOf} />}
      </QueryState>
    </>
  );
}

function Field({ field, asOf }: { field: FieldDetail; asOf: string | undefined }) {
  useDocumentTitle(field.title);
  const progress = useQuery(progressQuery(field.code, asOf));
  const strategy = useQuery(strategyQuery(asOf));
  const horizon = strategy.data?.horizon;
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
        <h2 id="field-measures">Maßnahmen ({field.measures.length})</h2>
        {field.measures.length > 0 ? (
          <>
            <p className="method-note">
              <MethodLink section="signal">Wie werden Fortschritt und Zeitplan-Signal berechnet?</MethodLink>
            </p>
            <FieldMeasuresTable measures={field.measures} caption={`Maßnahmen im Handlungsfeld ${field.code}`} />
          </>
        ) : (
          <p>Diesem Handlungsfeld sind noch keine öffentlichen Maßnahmen zugeordnet.</p>
        )}
      </section>

      <section aria-labelledby="field-kpis">
        <h2 id="field-kpis">Kennzahlen ({field.kpis.length})</h2>
        <ExampleDataNote />
        {field.kpis.length > 0 ? (
          <div className="card-grid card-grid--small">
            {field.kpis.map((kpi) => (
              <KpiCard key={kpi.id} kpi={kpi} colour={field.colour} />
            ))}
          </div>
        ) : (
          <p>Diesem Handlungsfeld sind noch keine Kennzahlen zugeordnet.</p>
        )}
      </section>
    </div>
  );
}
