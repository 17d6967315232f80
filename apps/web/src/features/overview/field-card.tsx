import type { CSSProperties } from "react";
import type { FieldSummary } from "@sm/domain/web";
import { AsOfLink } from "../../components/as-of-link";
import { ProgressBar } from "../../components/progress-bar";
import { SignalBadge } from "../../components/signal-badge";
import { statusCountsText } from "./status-counts";

/** One action field at a glance; its colour shows as the card's left border. */
export function FieldCard({ field }: { field: FieldSummary }) {
  return (
    <article className="card field-card" style={{ "--field-colour": field.colour } as CSSProperties}>
      <h2 className="field-card__title">
        <AsOfLink to={`/handlungsfelder/${field.code}`}>
          <span className="code">{field.code}</span> {field.title}
        </AsOfLink>
      </h2>
      <ProgressBar actual={field.progress.actual} planned={field.progress.planned} label={`Fortschritt ${field.code}`} />
      <p className="field-card__counts">{statusCountsText(field.statusCounts)}</p>
      <p className="field-card__meta">
        <SignalBadge signal={field.progress.signal} label="Zeitplan" />
        <span className="muted">
          {field.measureCount} {field.measureCount === 1 ? "Maßnahme" : "Maßnahmen"} · {field.kpiCount}{" "}
          {field.kpiCount === 1 ? "Kennzahl" : "Kennzahlen"}
        </span>
      </p>
    </article>
  );
}
