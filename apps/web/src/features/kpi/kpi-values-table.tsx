import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { formatDate, type KpiDetail, type KpiValue } from "@sm/domain/web";
import { kpiValuesQuery } from "../../api/queries";
import { listCaption, readPage } from "../../components/page-range";
import { Pager } from "../../components/pager";
import { QueryState } from "../../components/query-state";
import { TableRegion } from "../../components/table-region";
import { ProvenanceMark } from "./kpi-figure";
import { formatKpiValue } from "./kpi-format";
import { figureData, valueProvenance } from "./value-provenance";

const VALUES_PAGE_PARAM = "werte-seite";

/**
 * Every reported value with where it comes from (its source, or the mark that it is example data),
 * newest first, a page at a time from GET /kpis/:id/values. Each row carries the figure's data
 * attributes, as a KpiFigure does.
 */
export function KpiValuesTable({ kpi, asOf }: { kpi: Pick<KpiDetail, "id" | "unit" | "decimals">; asOf: string | undefined }) {
  const [params] = useSearchParams();
  const page = readPage(params.get(VALUES_PAGE_PARAM));
  const query = useQuery(kpiValuesQuery(kpi.id, asOf, page > 1 ? String(page) : undefined));
  return (
    <QueryState query={query}>
      {(list) => (
        <>
          <ValuesTable kpi={kpi} values={list.items} caption={listCaption("Alle Werte mit Quelle, neueste zuerst", "Werte", list)} busy={query.isPlaceholderData && query.isFetching} />
          <Pager label="Seiten der Werte" noun="Werte" param={VALUES_PAGE_PARAM} {...list} />
        </>
      )}
    </QueryState>
  );
}

interface TableProps {
  kpi: Pick<KpiDetail, "id" | "unit" | "decimals">;
  values: KpiValue[];
  caption: string;
  busy: boolean;
}

function ValuesTable({ kpi, values, caption, busy }: TableProps) {
  const hasNotes = values.some((v) => v.note);
  return (
    <TableRegion label="Alle Werte mit Quelle">
      <table className="data-table" aria-busy={busy}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Datum</th>
            <th scope="col" className="num">
              Wert
            </th>
            <th scope="col">Quelle</th>
            {hasNotes && <th scope="col">Anmerkung</th>}
          </tr>
        </thead>
        <tbody>
          {values.map((v, index) => (
            <tr key={`${v.date}-${index}`} {...figureData(kpi.id, v.date, "value")}>
              <th scope="row" className="nowrap">
                {formatDate(v.date)}
              </th>
              <td className="num nowrap">{formatKpiValue(v.value, kpi.unit, kpi.decimals)}</td>
              <td>
                <ProvenanceMark provenance={valueProvenance(v)} namedSource />
              </td>
              {hasNotes && <td>{v.note}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
