import { STATUS_LABELS, type Status } from "@sm/domain/web";
import { Badge } from "./badge";
import { STATUS_ICONS } from "./icons";

/** Status of a measure as icon and text; `label` adds a visible "Status:". */
export function StatusBadge({ status, label }: { status: Status; label?: string }) {
  return <Badge className={`badge--status-${status}`} icon={STATUS_ICONS[status]} text={STATUS_LABELS[status]} label={label} />;
}
