import { SIGNAL_LABELS, type Signal } from "@sm/domain";
import { Icon, SIGNAL_ICONS } from "./icons";

/** On-track signal (planned against actual progress) as icon and text. */
export function SignalBadge({ signal, prefix }: { signal: Signal; prefix?: string }) {
  return (
    <span className={`badge badge--signal-${signal}`}>
      <Icon name={SIGNAL_ICONS[signal]} />
      <span>
        {prefix ? <span className="visually-hidden">{prefix} </span> : null}
        {SIGNAL_LABELS[signal]}
      </span>
    </span>
  );
}
