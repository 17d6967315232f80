import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { DIRECTION_LABELS, formatDate, formatNumber, type KpiDetail } from "@sm/domain/web";
import { kpiQuery } from "../../api/queries";
import { useAsOf } from "../../components/as-of";
import { AsOfLink } from "../../components/as-of-link";
import { AsOfNotice } from "../../components/as-of-notice";
import { ExampleDataNote } from "../../components/example-data-note";
import { QueryState } from "../../components/query-state";
import { useDocumentTitle } from "../../components/use-document-title";
import { KpiChart } from "./kpi-chart";
import { KpiFigure } from "./kpi-figure";
import { toKpiChartData } from "./kpi-series";
import { KpiValuesTable } from "./kpi-values-table";
import { ProjectionVerdict } from "./projection-verdict";
import { attainmentProvenance, baselineProvenance, kpiScopeData, valueProvenance } from "./value-provenance";

export function KpiPage() {
  const { id = "" } = useParams();
  const asOf = useAsOf();
  const kpi = useQuery(kpiQuery(id, asOf));
  return (
    <>
      <AsOfNotice />
      <QueryState query={kpi} pageTitle="Kennzahl">
        {(data) => <Kpi kpi={data} asOf={asOf} />}
      </QueryState>
    </>
  );
}

function Kpi({ kpi, asOf }: { kpi: KpiDetail; asOf: string | undefined }) {
  useDocumentTitle(kpi.title);
  const chartData = useMemo(() => toKpiChartData(kpi), [kpi]);

  return (
    <div {...kpiScopeData(kpi.id)}>
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
          <KpiFigure kpi={kpi} date={kpi.baseline.date} value={kpi.baseline.value} provenance={baselineProvenance(kpi.baseline)} /> am{" "}
          {formatDate(kpi.baseline.date)}
        </dd>
        <dt>Ziel</dt>
        <dd>
          <KpiFigure kpi={kpi} date={kpi.target.date} value={kpi.target.value} provenance={{ kind: "target" }} /> bis{" "}
          {formatDate(kpi.target.date)}
        </dd>
        {kpi.interimTargets.length > 0 && (
          <>
            <dt>Zwischenziele</dt>
            <dd>
              <ul className="plain-list">
                {kpi.interimTargets.map((t) => (
                  <li key={t.date}>
                    <KpiFigure kpi={kpi} date={t.date} value={t.value} provenance={{ kind: "interim" }} /> bis {formatDate(t.date)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>Letzter Wert</dt>
        <dd>
          {kpi.latest ? (
            <>
              <KpiFigure kpi={kpi} date={kpi.latest.date} value={kpi.latest.value} provenance={valueProvenance(kpi.latest)} /> am{" "}
              {formatDate(kpi.latest.date)}
            </>
          ) : (
            "noch kein Wert gemeldet"
          )}
        </dd>
        <dt>Zielerreichung</dt>
        <dd>
          {kpi.attainment === null || !kpi.latest ? (
            "–"
          ) : (
            <KpiFigure kpi={kpi} date={kpi.latest.date} value={kpi.attainment} provenance={attainmentProvenance(kpi)} />
          )}
        </dd>
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
        <KpiChart data={chartData} caption={`Verlauf von „${kpi.title}“`} />
      </section>

      <section aria-labelledby="kpi-values">
        <h2 id="kpi-values">Alle Werte ({formatNumber(kpi.valueCount)})</h2>
        {kpi.valueCount > 0 ? <KpiValuesTable kpi={kpi} asOf={asOf} /> : <p>Für diese Kennzahl wurden noch keine Werte gemeldet.</p>}
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
    </div>
  );
}
