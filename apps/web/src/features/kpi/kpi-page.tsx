import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { DIRECTION_LABELS, formatDate, formatPercent, type KpiDetail } from "@sm/domain";
import { kpiQuery } from "../../api/queries";
import { useAsOf } from "../../components/as-of";
import { AsOfLink } from "../../components/as-of-link";
import { AsOfNotice } from "../../components/as-of-notice";
import { ExampleDataNote } from "../../components/example-data-note";
import { QueryState } from "../../components/query-state";
import { useDocumentTitle } from "../../components/use-document-title";
import { KpiChart } from "./kpi-chart";
import { formatKpiValue } from "./kpi-format";
import { toKpiChartData } from "./kpi-series";
import { KpiValuesTable } from "./kpi-values-table";
import { ProjectionVerdict } from "./projection-verdict";

export function KpiPage() {
  const { id = "" } = useParams();
  const kpi = useQuery(kpiQuery(id, useAsOf()));
  return (
    <>
      <AsOfNotice />
      <QueryState query={kpi} pageTitle="Kennzahl">
        {(data) => <Kpi kpi={data} />}
      </QueryState>
    </>
  );
}

function Kpi({ kpi }: { kpi: KpiDetail }) {
  useDocumentTitle(kpi.title);
  const chartData = useMemo(() => toKpiChartData(kpi), [kpi]);
  const value = (v: number) => formatKpiValue(v, kpi.unit, kpi.decimals);

  return (
    <>
      <nav aria-label="Brotkrumenpfad" className="breadcrumb">
        <ol>
          <li>
            <AsOfLink to="/kennzahlen">Kennzahlen</AsOfLink>
          </li>
          <li>
            <AsOfLink to={`/handlungsfelder/${kpi.field.code}`}>
              {kpi.field.code} {kpi.field.shortTitle}
            </AsOfLink>
          </li>
          <li aria-current="page">{kpi.title}</li>
        </ol>
      </nav>
      <p className="eyebrow">Kennzahl im Handlungsfeld {kpi.field.code}</p>
      <h1>{kpi.title}</h1>
      {kpi.description && <p className="lead">{kpi.description}</p>}

      <dl className="details card">
        <dt>Einheit</dt>
        <dd>{kpi.unit}</dd>
        <dt>Richtung</dt>
        <dd>{DIRECTION_LABELS[kpi.direction]}</dd>
        <dt>Ausgangswert</dt>
        <dd>
          {value(kpi.baseline.value)} ({formatDate(kpi.baseline.date)})
          {kpi.baseline.sourceUrl ? (
            <>
              , <a href={kpi.baseline.sourceUrl}>Quelle</a>
            </>
          ) : null}
          {kpi.baseline.isExample ? <span className="tag tag--example">Beispieldaten</span> : null}
        </dd>
        <dt>Ziel</dt>
        <dd>
          {value(kpi.target.value)} bis {formatDate(kpi.target.date)}
        </dd>
        {kpi.interimTargets.length > 0 && (
          <>
            <dt>Zwischenziele</dt>
            <dd>{kpi.interimTargets.map((t) => `${value(t.value)} bis ${formatDate(t.date)}`).join("; ")}</dd>
          </>
        )}
        <dt>Letzter Wert</dt>
        <dd>{kpi.latest ? `${value(kpi.latest.value)} (${formatDate(kpi.latest.date)})` : "noch kein Wert gemeldet"}</dd>
        <dt>Zielerreichung</dt>
        <dd>{kpi.attainment === null ? "–" : formatPercent(kpi.attainment * 100)}</dd>
        {kpi.frequency && (
          <>
            <dt>Aktualisierung</dt>
            <dd>{kpi.frequency}</dd>
          </>
        )}
      </dl>
      <ProjectionVerdict projection={kpi.projection} />

      <ExampleDataNote />

      <section aria-labelledby="kpi-chart">
        <h2 id="kpi-chart">Verlauf und Zielpfad</h2>
        <p className="muted">
          Durchgezogene Linie mit Punkten: gemeldete Werte. Gestrichelte Linie: gerader Weg vom Ausgangswert zum Ziel. Gepunktete Linie: Trend der gemeldeten Werte bis zum Zieldatum (Projektion).
          {kpi.interimTargets.length > 0 ? " Rauten: Zwischenziele." : ""}
        </p>
        <KpiChart data={chartData} unit={kpi.unit} decimals={kpi.decimals} caption={`Verlauf von „${kpi.title}“`} />
      </section>

      <section aria-labelledby="kpi-values">
        <h2 id="kpi-values">Alle Werte</h2>
        {kpi.values.length > 0 ? <KpiValuesTable kpi={kpi} /> : <p>Für diese Kennzahl wurden noch keine Werte gemeldet.</p>}
      </section>

      <section aria-labelledby="kpi-measures">
        <h2 id="kpi-measures">Zugehörige Maßnahmen</h2>
        {kpi.measures.length > 0 ? (
          <ul>
            {kpi.measures.map((m) => (
              <li key={m.code}>
                <AsOfLink to={`/massnahmen/${m.code}`}>
                  {m.code} {m.title}
                </AsOfLink>
              </li>
            ))}
          </ul>
        ) : (
          <p>Diese Kennzahl ist keiner einzelnen Maßnahme zugeordnet.</p>
        )}
      </section>
    </>
  );
}
