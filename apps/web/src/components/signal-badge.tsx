import { SIGNAL_LABELS, type Signal } from "@sm/domain";
import { Badge } from "./badge";
import { SIGNAL_ICONS } from "./icons";

/** On-track signal (planned against actual progress) as icon and text. */
export function SignalBadge({ signal, label }: { signal: Signal; label?: string }) {
  return <Badge className={`badge--signal-${signal}`} icon={SIGNAL_ICONS[signal]} text={SIGNAL_LABELS[signal]} label={label} />;
}
