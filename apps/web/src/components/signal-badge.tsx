import { SIGNAL_LABELS, type Signal, type Status } from "@sm/domain/web";
import { Badge } from "./badge";
import { SIGNAL_ICONS } from "./icons";

/** On-track signal (planned against actual progress) as icon and text. */
export function SignalBadge({ signal, label }: { signal: Signal; label?: string }) {
  return <Badge className={`badge--signal-${signal}`} icon={SIGNAL_ICONS[signal]} text={SIGNAL_LABELS[signal]} label={label} />;
}

/**
 * Whether the signal says more than the status beside it: "umgesetzt" needs no "abgeschlossen",
 * "geplant" no "noch nicht begonnen". Compact rows (the timeline) leave such a signal out.
 */
export function signalAddsToStatus(status: Status, signal: Signal): boolean {
  if (signal === "done" || signal === "cancelled") return false;
  return !(signal === "not_started" && status === "planned");
}
