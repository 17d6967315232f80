import { SIGNAL_LABELS, type Signal } from "@sm/domain";
import { Icon, SIGNAL_ICONS } from "./icons";

/**
 * On-track signal (planned against actual progress) as icon and text. Outside a table column that
 * names it, pass `label` so it reads "Zeitplan: hinter Plan".
 */
export function SignalBadge({ signal, label }: { signal: Signal; label?: string }) {
  const badge = (
    <span className={`badge badge--signal-${signal}`}>
      <Icon name={SIGNAL_ICONS[signal]} />
      <span>{SIGNAL_LABELS[signal]}</span>
    </span>
  );
  if (!label) return badge;
  return (
    <span className="labelled">
      <span className="labelled__label">{label}:</span> {badge}
    </span>
  );
}
