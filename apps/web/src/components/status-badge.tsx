import { STATUS_LABELS, type Status } from "@sm/domain";
import { Icon, STATUS_ICONS } from "./icons";

/** Status of a measure as icon and text, never colour alone. */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`badge badge--status-${status}`}>
      <Icon name={STATUS_ICONS[status]} />
      <span>{STATUS_LABELS[status]}</span>
    </span>
  );
}
