import { formatDate, formatPercent, type MeasureListItem } from "@sm/domain/web";
import { StatusBadge } from "./status-badge";
import { StatusReason } from "./status-reason";
import { UpdateDueBadge } from "./update-due-badge";

/*
 * Table cells every list of measures shows the same way. `data-label` names the column in tables
 * that fold into cards on a phone (data-table--cards), where the header row is out of sight.
 */

export function ProgressCell({ measure }: { measure: Pick<MeasureListItem, "progress" | "plannedProgress"> }) {
  return (
    <td className="nowrap" data-label="Fortschritt">
      {formatPercent(measure.progress)}
      <span className="muted small block">Plan {formatPercent(measure.plannedProgress)}</span>
    </td>
  );
}

export function LastUpdateCell({ measure }: { measure: Pick<MeasureListItem, "lastUpdate" | "updateDue"> }) {
  return (
    <td className="update-cell" data-label="Aktualisiert">
      <span className="nowrap">{formatDate(measure.lastUpdate)}</span>
      {measure.updateDue && (
        <span className="block">
          <UpdateDueBadge />
        </span>
      )}
    </td>
  );
}

/** The status badge, and under it why a measure is delayed, paused or cancelled. */
export function StatusCell({ measure }: { measure: Pick<MeasureListItem, "status" | "statusReason"> }) {
  return (
    <td className="status-cell" data-label="Status">
      <StatusBadge status={measure.status} />
      <StatusReason reason={measure.statusReason} />
    </td>
  );
}
