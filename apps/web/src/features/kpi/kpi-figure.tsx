import {
  computedText,
  DERIVED_EXAMPLE_LABEL,
  EXAMPLE_LABEL,
  figureData,
  formatFigure,
  PLAN_LABEL,
  type KpiRef,
  type Provenance,
} from "./value-provenance";

interface Props {
  kpi: KpiRef;
  /** the date the figure is for: the value's date, the target date, the date of the projection */
  date: string;
  value: number;
  provenance: Provenance;
  /** where a link cannot go (inside a drawing hidden from assistive technology): the source as text */
  sourceAsText?: boolean;
  /** a projection cut off at what the KPI can take (`value`): the trend's own result, said in words */
  computed?: number | null;
}

/**
 * A KPI figure with its mark in words: "Beispieldaten", a link to its source, "Planwert", or
 * "aus Beispieldaten" for what is computed from example data. Every KPI figure on screen goes
 * through here, so the mark cannot be forgotten in one place; the data attributes let the browser
 * tests compare each figure with the API.
 */
export function KpiFigure({ kpi, date, value, provenance, sourceAsText = false, computed = null }: Props) {
  return (
    <span className="kpi-figure" {...figureData(kpi.id, date, provenance.kind)}>
      <span className="kpi-figure__value">{formatFigure(kpi, value, provenance.kind)}</span>
      {computedText(kpi, computed, provenance.kind)}{" "}
      <ProvenanceMark provenance={provenance} sourceAsText={sourceAsText} />
    </span>
  );
}

interface MarkProps {
  provenance: Provenance;
  sourceAsText?: boolean;
  /** name the source in the link text instead of "Quelle" (a table column of sources has room for it) */
  namedSource?: boolean;
}

/** The mark alone, for a table that shows the figure in another cell of the same row. */
export function ProvenanceMark({ provenance: p, sourceAsText = false, namedSource = false }: MarkProps) {
  switch (p.kind) {
    case "baseline":
    case "value":
      return (
        <>
          {p.isExample ? <span className="tag tag--example">{EXAMPLE_LABEL}</span> : null}
          {p.isExample && (p.sourceUrl || p.sourceLabel) ? " " : null}
          <Source url={p.sourceUrl} label={p.sourceLabel ?? ""} asText={sourceAsText} named={namedSource} />
        </>
      );
    case "target":
    case "interim":
      return <span className="tag tag--plan">{PLAN_LABEL}</span>;
    case "projection":
    case "attainment":
      return p.basedOnExample ? <span className="tag tag--example">{DERIVED_EXAMPLE_LABEL}</span> : null;
  }
}

function Source({ url, label, asText, named }: { url: string | null; label: string; asText: boolean; named: boolean }) {
  if (!url) return label ? <span className="kpi-figure__source">Quelle: {label}</span> : null;
  if (asText) return <span className="kpi-figure__source">Quelle: {label || url}</span>;
  if (named) {
    return (
      <a className="kpi-figure__source" href={url}>
        {label || url}
      </a>
    );
  }
  return (
    <a className="kpi-figure__source" href={url}>
      Quelle<span className="visually-hidden">: {label || url}</span>
    </a>
  );
}
