import { matchesSearch, type MeasureListItem } from "@sm/domain";
import { AsOfLink } from "../../components/as-of-link";
import { Highlight } from "../../components/highlight";
import { SortableHeader, type SortOrder } from "../../components/sortable-header";
import { SignalBadge } from "../../components/signal-badge";
import { StatusBadge } from "../../components/status-badge";
import { TableRegion } from "../../components/table-region";
import { LastUpdateCell, ProgressCell } from "../../components/measure-cells";
import type { MeasureSortKey } from "./measure-filters";

interface Props {
  items: MeasureListItem[];
  /** the search text whose matches are marked; "" without a search */
  search: string;
  sort: MeasureSortKey;
  order: SortOrder;
  onSort: (column: MeasureSortKey) => void;
  busy: boolean;
}

/**
 * The filtered measures; sorting happens in the API, so the headers only report a wish. The planned
 * end is left out to fit 1100 px (the API and the URL still sort by it: sortierung=plannedEnd).
 * With a search, each title has its summary below, both with the matches marked.
 */
export function MeasuresTable({ items, search, sort, order, onSort, busy }: Props) {
  const header = (column: MeasureSortKey, label: string) => (
    <SortableHeader column={column} sort={sort} order={order} onSort={onSort}>
      {label}
    </SortableHeader>
  );
  return (
    <TableRegion label="Maßnahmen">
      <table className="data-table" aria-busy={busy}>
        <caption>Maßnahmen</caption>
        <thead>
          <tr>
            {header("code", "Kürzel")}
            {header("title", "Maßnahme")}
            <th scope="col">Handlungsfeld</th>
            {header("status", "Status")}
            {header("progress", "Fortschritt")}
            <th scope="col">Zeitplan</th>
            {header("lastUpdate", "Aktualisiert")}
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.code}>
              <td className="nowrap">
                <Highlight text={m.code} query={search} />
              </td>
              <th scope="row" className="title-cell">
                <AsOfLink to={`/massnahmen/${m.code}`}>
                  <Highlight text={m.title} query={search} />
                </AsOfLink>
                {search && <SearchContext measure={m} search={search} />}
              </th>
              <td>{m.field.shortTitle}</td>
              <td>
                <StatusBadge status={m.status} />
              </td>
              <ProgressCell measure={m} />
              <td>
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

/** The summary with its matches, or where else the search found the measure. */
function SearchContext({ measure, search }: { measure: MeasureListItem; search: string }) {
  const elsewhere = ![measure.code, measure.title, measure.summary].some((text) => matchesSearch(text, search));
  return (
    <span className="search-context">
      <Highlight text={measure.summary} query={search} />
      {elsewhere && <span className="block">Treffer in Beschreibung oder Fachbereich</span>}
    </span>
  );
}
