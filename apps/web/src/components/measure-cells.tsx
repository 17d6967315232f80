import { formatDate, formatPercent, type MeasureListItem } from "@sm/domain";
import { UpdateDueBadge } from "./update-due-badge";

/** Table cells every list of measures shows the same way. */
export function ProgressCell({ measure }: { measure: Pick<MeasureListItem, "progress" | "plannedProgress"> }) {
  return (
    <td className="nowrap">
      {formatPercent(measure.progress)}
      <span className="muted small block">Plan {formatPercent(measure.plannedProgress)}</span>
    </td>
  );
}

export function LastUpdateCell({ measure }: { measure: Pick<MeasureListItem, "lastUpdate" | "updateDue"> }) {
  return (
    <td className="nowrap">
      {formatDate(measure.lastUpdate)}
      {measure.updateDue && (
        <span className="block">
          <UpdateDueBadge />
        </span>
      )}
    </td>
  );
}
