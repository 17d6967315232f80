import { matchesSearch, type MeasureListItem } from "@sm/domain/web";
import { AsOfLink } from "../../components/as-of-link";
import { Highlight } from "../../components/highlight";
import { InternalBadge } from "../../components/internal-badge";
import { SortableHeader, type SortOrder } from "../../components/sortable-header";
import { SignalBadge } from "../../components/signal-badge";
import { TableRegion } from "../../components/table-region";
import { LastUpdateCell, ProgressCell, StatusCell } from "../../components/measure-cells";
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
 * The filtered measures; sorting happens in the API, so the headers only report a wish. To fit the
 * page's 1100 px, the action field sits under the title instead of in a column of its own and the
 * planned end is left out (the API and the URL still sort by it: sortierung=plannedEnd). On a
 * phone each row folds into a card. With a search, each title has its summary below, both with
 * the matches marked.
 */
export function MeasuresTable({ items, search, sort, order, onSort, busy }: Props) {
  const header = (column: MeasureSortKey, label: string) => (
    <SortableHeader column={column} sort={sort} order={order} onSort={onSort}>
      {label}
    </SortableHeader>
  );
  return (
    <TableRegion label="Maßnahmen">
      <table className="data-table data-table--cards measures-table" aria-busy={busy}>
        <caption>Maßnahmen</caption>
        <thead>
          <tr>
            {header("code", "Kürzel")}
            {header("title", "Maßnahme")}
            {header("status", "Status")}
            {header("progress", "Fortschritt")}
            <th scope="col">Zeitplan</th>
            {header("lastUpdate", "Aktualisiert")}
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.code}>
              <td className="nowrap code-cell">
                <Highlight text={m.code} query={search} />
              </td>
              <th scope="row" className="title-cell">
                <AsOfLink to={`/massnahmen/${m.code}`}>
                  <Highlight text={m.title} query={search} />
                </AsOfLink>
                <InternalBadge isPublic={m.isPublic} />
                <span className="muted small block">{m.field.shortTitle}</span>
                {search && <SearchContext measure={m} search={search} />}
              </th>
              <StatusCell measure={m} />
              <ProgressCell measure={m} />
              <td data-label="Zeitplan">
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
