import { useSearchParams } from "react-router";
import { formatDate, type MeasureListItem } from "@sm/domain/web";
import { AsOfLink } from "../../components/as-of-link";
import { InternalBadge } from "../../components/internal-badge";
import { SignalBadge } from "../../components/signal-badge";
import { nextSort, SortableHeader } from "../../components/sortable-header";
import { TableRegion } from "../../components/table-region";
import { LastUpdateCell, ProgressCell, StatusCell } from "../../components/measure-cells";
import { parseFieldSort, type FieldSortKey } from "./sort-measures";

const COLUMNS: Array<{ key: FieldSortKey; label: string; numeric?: boolean }> = [
  { key: "code", label: "Kürzel" },
  { key: "title", label: "Maßnahme" },
  { key: "status", label: "Status" },
  { key: "progress", label: "Fortschritt", numeric: true },
  { key: "plannedEnd", label: "Plan-Ende" },
  { key: "signal", label: "Signal" },
  { key: "lastUpdate", label: "Aktualisiert" },
];

/** The URL parameter of the page of a field's measure table. */
export const MEASURE_PAGE_PARAM = "seite";

/**
 * A page of the measures of a field, sortable by every column; sort and page live in the URL so they
 * can be shared, and the API sorts, so each page is a slice of one order. On a phone each row folds
 * into a card.
 */
export function FieldMeasuresTable({ measures, caption, busy }: { measures: MeasureListItem[]; caption: string; busy: boolean }) {
  const [params, setParams] = useSearchParams();
  const current = parseFieldSort(params.get("sortierung"), params.get("reihenfolge"));

  const onSort = (column: FieldSortKey) => {
    const next = nextSort(current, column);
    setParams(
      (prev) => {
        const updated = new URLSearchParams(prev);
        updated.set("sortierung", next.sort);
        updated.set("reihenfolge", next.order);
        // Another order starts on its first page.
        updated.delete(MEASURE_PAGE_PARAM);
        return updated;
      },
      { replace: true, preventScrollReset: true },
    );
  };

  return (
    <TableRegion label={caption}>
      <table className="data-table data-table--cards measures-table" aria-busy={busy}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <SortableHeader key={column.key} column={column.key} sort={current.sort} order={current.order} onSort={onSort}>
                {column.label}
              </SortableHeader>
            ))}
          </tr>
        </thead>
        <tbody>
          {measures.map((m) => (
            <tr key={m.code}>
              <td className="nowrap code-cell">{m.code}</td>
              <th scope="row" className="title-cell">
                <AsOfLink to={`/massnahmen/${m.code}`}>{m.title}</AsOfLink>
                <InternalBadge isPublic={m.isPublic} />
              </th>
              <StatusCell measure={m} />
              <ProgressCell measure={m} />
              <td className="nowrap" data-label="Plan-Ende">
                {formatDate(m.plannedEnd)}
              </td>
              <td data-label="Signal">
                <SignalBadge signal={m.signal} />
              </td>
              <LastUpdateCell measure={m} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
