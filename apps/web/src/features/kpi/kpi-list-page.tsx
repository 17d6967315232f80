import { useCallback, type CSSProperties, type FormEvent } from "react";
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { matchesSearch, type KpiSummary, type StrategyResponse } from "@sm/domain/web";
import { kpiListQuery, strategyQuery } from "../../api/queries";
import { useAsOf } from "../../components/as-of";
import { AsOfLink } from "../../components/as-of-link";
import { AsOfNotice } from "../../components/as-of-notice";
import { ExampleDataNote } from "../../components/example-data-note";
import { Highlight } from "../../components/highlight";
import { QueryState } from "../../components/query-state";
import { SEARCH_SPELLING_HINT, SearchField, useSearchDraft } from "../../components/search-field";
import { useDocumentTitle } from "../../components/use-document-title";
import { groupKpisByField } from "./group-kpis";
import { kpiResultCountText, readKpiSearch, withKpiSearch } from "./kpi-search";
import { KpiAttainment, KpiStatus } from "./kpi-status";
import { kpiScopeData } from "./value-provenance";

/** Every KPI by field; with a search (`?suche=`, in the URL like the measure filters) the matches, best first. */
export function KpiListPage() {
  useDocumentTitle("Kennzahlen");
  const asOf = useAsOf();
  const [params, setParams] = useSearchParams();
  const search = readKpiSearch(params);
  const kpis = useQuery(kpiListQuery(null, asOf, search.active ? search.text : undefined));
  const strategy = useQuery(strategyQuery(asOf));
  const fields = strategy.data?.fields ?? [];
  const colourOf = (code: string) => fields.find((f) => f.code === code)?.colour;
  const onSearch = useCallback(
    (value: string) => setParams((prev) => withKpiSearch(prev, value), { replace: true, preventScrollReset: true }),
    [setParams],
  );

  return (
    <>
      <AsOfNotice />
      <h1>Kennzahlen</h1>
      <p className="lead">
        Mit diesen Kennzahlen misst die Stadt, ob die Digitalstrategie wirkt: jeweils mit Ausgangswert, Ziel und den
        gemeldeten Werten samt Quelle.
      </p>
      <ExampleDataNote />
      <KpiSearchForm committed={search.text} onSearch={onSearch} />
      <p role="status" className="result-count">
        {search.active && kpis.data ? kpiResultCountText(kpis.data.total) : ""}
      </p>
      <QueryState query={kpis}>
        {(data) =>
          search.active ? (
            <SearchResults kpis={data.items} search={search.text} colourOf={colourOf} />
          ) : (
            <KpiGroups kpis={data.items} strategy={strategy.data} />
          )
        }
      </QueryState>
    </>
  );
}

function KpiSearchForm({ committed, onSearch }: { committed: string; onSearch: (value: string) => void }) {
  const search = useSearchDraft(committed, onSearch);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    search.commit();
  };
  return (
    <form className="filters card" role="search" aria-label="Kennzahlen durchsuchen" onSubmit={submit}>
      <SearchField
        id="k-search"
        name="suche"
        hint={`in Titel, Beschreibung und Einheit. ${SEARCH_SPELLING_HINT}`}
        draft={search.draft}
        onDraft={search.setDraft}
      />
    </form>
  );
}

function SearchResults({
  kpis,
  search,
  colourOf,
}: {
  kpis: KpiSummary[];
  search: string;
  colourOf: (fieldCode: string) => string | undefined;
}) {
  if (kpis.length === 0) return <p>Keine Kennzahl passt zu dieser Suche. Versuchen Sie einen anderen Begriff.</p>;
  return (
    <section aria-labelledby="kpi-results">
      <h2 id="kpi-results">Suchergebnisse</h2>
      <p className="sort-note">Die besten Treffer stehen oben: zuerst Treffer im Titel.</p>
      <ul className="card-grid card-grid--small plain-list">
        {kpis.map((kpi) => (
          <KpiCard key={kpi.id} kpi={kpi} search={search} colour={colourOf(kpi.field.code)} showField />
        ))}
      </ul>
    </section>
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
                <KpiCard key={kpi.id} kpi={kpi} search="" />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

interface KpiCardProps {
  kpi: KpiSummary;
  /** the search text whose matches are marked; "" without a search */
  search: string;
  /** the field's colour for the card's top border, when the card is not inside its field's group */
  colour?: string;
  showField?: boolean;
}

function KpiCard({ kpi, search, colour, showField = false }: KpiCardProps) {
  // A search may have found the KPI by its unit only; the card then says so, as the unit shows only inside the values.
  const inUnitOnly = search !== "" && !matchesSearch(kpi.title, search) && !matchesSearch(kpi.description, search);
  return (
    <li className="card kpi-card" style={colour ? ({ "--field-colour": colour } as CSSProperties) : undefined} {...kpiScopeData(kpi.id)}>
      <h3 className="kpi-card__title">
        <AsOfLink to={`/kennzahlen/${kpi.id}`}>
          <Highlight text={kpi.title} query={search} />
        </AsOfLink>
      </h3>
      {showField && (
        <p className="muted small">
          <span className="code">{kpi.field.code}</span> {kpi.field.shortTitle}
        </p>
      )}
      {search && kpi.description && (
        <p className="search-context">
          <Highlight text={kpi.description} query={search} />
        </p>
      )}
      {inUnitOnly && <p className="search-context">Treffer in der Einheit ({kpi.unit})</p>}
      <KpiStatus kpi={kpi} />
      <KpiAttainment kpi={kpi} />
    </li>
  );
}
