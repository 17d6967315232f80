import { Icon, type IconName } from "./icons";

/**
 * A state shown as icon and text, never colour alone. Outside a table column that names it,
 * pass `label` so it reads e.g. "Zeitplan: hinter Plan".
 */
export function Badge({ className, icon, text, label }: { className: string; icon: IconName; text: string; label?: string }) {
  const badge = (
    <span className={`badge ${className}`}>
      <Icon name={icon} />
      <span>{text}</span>
    </span>
  );
  if (!label) return badge;
  return (
    <span className="labelled">
      <span className="labelled__label">{label}:</span> {badge}
    </span>
  );
}
