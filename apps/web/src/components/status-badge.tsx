import { STATUS_LABELS, type Status } from "@sm/domain";
import { Icon, STATUS_ICONS } from "./icons";

/** Status of a measure as icon and text, never colour alone; `label` adds a visible "Status:". */
export function StatusBadge({ status, label }: { status: Status; label?: string }) {
  const badge = (
    <span className={`badge badge--status-${status}`}>
      <Icon name={STATUS_ICONS[status]} />
      <span>{STATUS_LABELS[status]}</span>
    </span>
  );
  if (!label) return badge;
  return (
    <span className="labelled">
      <span className="labelled__label">{label}:</span> {badge}
    </span>
  );
}
