import type { CSSProperties } from "react";
import { useQuery } from "@tanstack/react-query";
import type { KpiSummary, StrategyResponse } from "@sm/domain";
import { kpiListQuery, strategyQuery } from "../../api/queries";
import { useAsOf } from "../../components/as-of";
import { AsOfLink } from "../../components/as-of-link";
import { AsOfNotice } from "../../components/as-of-notice";
import { ExampleDataNote } from "../../components/example-data-note";
import { QueryState } from "../../components/query-state";
import { useDocumentTitle } from "../../components/use-document-title";
import { groupKpisByField } from "./group-kpis";
import { KpiAttainment, KpiStatus } from "./kpi-status";
import { kpiScopeData } from "./value-provenance";

export function KpiListPage() {
  useDocumentTitle("Kennzahlen");
  const asOf = useAsOf();
  const kpis = useQuery(kpiListQuery(null, asOf));
  const strategy = useQuery(strategyQuery(asOf));
  return (
    <>
      <AsOfNotice />
      <h1>Kennzahlen</h1>
      <p className="lead">
        Mit diesen Kennzahlen misst die Stadt, ob die Digitalstrategie wirkt: jeweils mit Ausgangswert, Ziel und den
        gemeldeten Werten samt Quelle.
      </p>
      <ExampleDataNote />
      <QueryState query={kpis}>{(data) => <KpiGroups kpis={data.items} strategy={strategy.data} />}</QueryState>
    </>
  );
}

function KpiGroups({ kpis, strategy }: { kpis: KpiSummary[]; strategy: StrategyResponse | undefined }) {
  const fields = strategy?.fields ?? [];
  const groups = groupKpisByField(kpis, fields.map((f) => f.code));
  if (groups.length === 0) return <p>Es sind noch keine Kennzahlen veröffentlicht.</p>;
  return (
    <>
      {groups.map((group) => {
        const colour = fields.find((f) => f.code === group.field.code)?.colour;
        return (
          <section
            key={group.field.code}
            aria-labelledby={`kpis-${group.field.code}`}
            className="kpi-group"
            style={colour ? ({ "--field-colour": colour } as CSSProperties) : undefined}
          >
            <h2 id={`kpis-${group.field.code}`}>
              <span className="code">{group.field.code}</span> {group.field.title}
            </h2>
            <ul className="card-grid card-grid--small plain-list">
              {group.kpis.map((kpi) => (
                <li key={kpi.id} className="card kpi-card" {...kpiScopeData(kpi.id)}>
                  <h3 className="kpi-card__title">
                    <AsOfLink to={`/kennzahlen/${kpi.id}`}>{kpi.title}</AsOfLink>
                  </h3>
                  <KpiStatus kpi={kpi} />
                  <KpiAttainment kpi={kpi} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
