import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { formatDate, type MeasureListItem } from "@sm/domain/web";
import { AsOfLink } from "../../components/as-of-link";
import { InternalBadge } from "../../components/internal-badge";
import { SignalBadge } from "../../components/signal-badge";
import { nextSort, SortableHeader } from "../../components/sortable-header";
import { TableRegion } from "../../components/table-region";
import { LastUpdateCell, ProgressCell, StatusCell } from "../../components/measure-cells";
import { parseFieldSort, sortMeasures, type FieldSortKey } from "./sort-measures";

const COLUMNS: Array<{ key: FieldSortKey; label: string; numeric?: boolean }> = [
  { key: "code", label: "Kürzel" },
  { key: "title", label: "Maßnahme" },
  { key: "status", label: "Status" },
  { key: "progress", label: "Fortschritt", numeric: true },
  { key: "plannedEnd", label: "Plan-Ende" },
  { key: "signal", label: "Signal" },
  { key: "lastUpdate", label: "Aktualisiert" },
];

/**
 * The measures of a field, sortable by every column; the sort lives in the URL so it can be shared.
 * On a phone each row folds into a card.
 */
export function FieldMeasuresTable({ measures, caption }: { measures: MeasureListItem[]; caption: string }) {
  const [params, setParams] = useSearchParams();
  const current = parseFieldSort(params.get("sortierung"), params.get("reihenfolge"));
  const sorted = useMemo(() => sortMeasures(measures, current.sort, current.order), [measures, current.sort, current.order]);

  const onSort = (column: FieldSortKey) => {
    const next = nextSort(current, column);
    setParams(
      (prev) => {
        const updated = new URLSearchParams(prev);
        updated.set("sortierung", next.sort);
        updated.set("reihenfolge", next.order);
        return updated;
      },
      { replace: true, preventScrollReset: true },
    );
  };

  return (
    <TableRegion label={caption}>
      <table className="data-table data-table--cards measures-table">
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
          {sorted.map((m) => (
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
