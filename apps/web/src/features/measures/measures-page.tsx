import { useCallback, useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { measureListQuery, strategyQuery } from "../../api/queries";
import { AsOfNotice } from "../../components/as-of-notice";
import { MethodLink } from "../../components/method-link";
import { QueryState } from "../../components/query-state";
import { nextSort } from "../../components/sortable-header";
import { useDocumentTitle } from "../../components/use-document-title";
import { FilterForm } from "./filter-form";
import {
  hasActiveFilters,
  isSearching,
  readFilters,
  resultCountText,
  shownSort,
  toApiParams,
  withFilter,
  withoutFilters,
  withoutSort,
  withPage,
  withSort,
  type FilterKey,
  type MeasureSortKey,
} from "./measure-filters";
import { MeasuresTable } from "./measures-table";
import { Pagination } from "./pagination";

/** All public measures with filters, search, sorting and pages; the whole state lives in the URL. */
export function MeasuresPage() {
  useDocumentTitle("Maßnahmen");
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const strategy = useQuery(strategyQuery(filters.stand || undefined));
  const measures = useQuery(measureListQuery(toApiParams(filters)));

  const onFilter = useCallback(
    (key: FilterKey, value: string, options?: { replace?: boolean }) =>
      setParams((prev) => withFilter(prev, key, value), { replace: options?.replace ?? false, preventScrollReset: true }),
    [setParams],
  );
  const sort = shownSort(filters);
  const search = isSearching(filters) ? filters.suche : "";
  const onSort = (column: MeasureSortKey) => {
    const next = nextSort({ sort, order: filters.reihenfolge }, column);
    setParams((prev) => withSort(prev, next.sort, next.order), { replace: true, preventScrollReset: true });
  };

  const data = measures.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <>
      <AsOfNotice />
      <h1>Maßnahmen</h1>
      <p className="lead">
        Alle öffentlichen Maßnahmen der Digitalstrategie mit Status und Fortschritt. Filter und Suche stehen in der Adresse
        der Seite, so lässt sich jede Auswahl als Link teilen.{" "}
        <MethodLink section="signal">Wie werden Fortschritt und Zeitplan berechnet?</MethodLink>
      </p>
      <FilterForm
        filters={filters}
        strategy={strategy.data}
        onChange={onFilter}
        onReset={() => setParams((prev) => withoutFilters(prev))}
        canReset={hasActiveFilters(filters)}
      />
      <p role="status" className="result-count">
        {data ? resultCountText(data.total) : ""}
      </p>
      {search && data && data.total > 1 && (
        <p className="sort-note">
          {sort === "relevance" ? (
            "Die besten Treffer stehen oben: zuerst Treffer in Kürzel oder Titel."
          ) : (
            <button
              type="button"
              className="link-button"
              onClick={() => setParams((prev) => withoutSort(prev), { replace: true, preventScrollReset: true })}
            >
              Beste Treffer zuerst zeigen
            </button>
          )}
        </p>
      )}
      <QueryState query={measures}>
        {(list) =>
          list.items.length > 0 ? (
            <>
              <MeasuresTable
                items={list.items}
                search={search}
                sort={sort}
                order={filters.reihenfolge}
                onSort={onSort}
                busy={measures.isPlaceholderData && measures.isFetching}
              />
              <Pagination page={list.page} pageCount={pageCount} hrefFor={(page) => `?${withPage(params, page).toString()}`} />
            </>
          ) : list.total > 0 ? (
            <p>
              Diese Seite der Ergebnisliste ist leer. <Link to={`?${withPage(params, 1).toString()}`}>Zur ersten Seite</Link>
            </p>
          ) : (
            <p>Keine Maßnahme passt zu diesen Filtern. Ändern Sie die Auswahl oder setzen Sie die Filter zurück.</p>
          )
        }
      </QueryState>
    </>
  );
}
