import { formatPercent } from "@sm/domain/web";
import { formatKpiValue } from "./kpi-format";

/**
 * Where a KPI figure on screen comes from, so that nothing invented goes unmarked:
 * - a measurement (the baseline or a reported value) has a source or is example data;
 * - a target or interim target is a plan (Planwert), not a measurement;
 * - a projection (the trend) or the attainment is computed from measurements, and is example data
 *   as soon as one of the measurements it is computed from is.
 */
export type Provenance =
  | { kind: "baseline" | "value"; isExample: boolean; sourceUrl: string | null; sourceLabel?: string }
  | { kind: "target" | "interim" }
  | { kind: "projection" | "attainment"; basedOnExample: boolean };

export type ProvenanceKind = Provenance["kind"];

export const EXAMPLE_LABEL = "Beispieldaten";
export const DERIVED_EXAMPLE_LABEL = "aus Beispieldaten";
export const PLAN_LABEL = "Planwert";

/** The KPI a figure belongs to: enough to format it and to find it again in the API. */
export interface KpiRef {
  id: string;
  unit: string;
  decimals: number;
}

/**
 * The figure as text: attainment is a share (0–1) shown in per cent, everything else in the KPI's
 * unit. A projection gets one decimal more than the KPI, so a trend of 13.8 against a target of 14
 * does not read as "14".
 */
export function formatFigure(kpi: KpiRef, value: number, kind: ProvenanceKind): string {
  if (kind === "attainment") return formatPercent(value * 100);
  return formatKpiValue(value, kpi.unit, kind === "projection" ? kpi.decimals + 1 : kpi.decimals);
}

/** The mark as words, for text that cannot hold markup (a chart's summary): "Beispieldaten", "Quelle: …", "Planwert" or "". */
export function provenanceText(p: Provenance): string {
  switch (p.kind) {
    case "baseline":
    case "value":
      if (p.isExample) return EXAMPLE_LABEL;
      return p.sourceUrl || p.sourceLabel ? `Quelle: ${p.sourceLabel || p.sourceUrl}` : "";
    case "target":
    case "interim":
      return PLAN_LABEL;
    case "projection":
    case "attainment":
      return p.basedOnExample ? DERIVED_EXAMPLE_LABEL : "";
  }
}

/** What a projection cut off at a bound adds to the figure: " (Grenze; rechnerisch −1,8 %)". */
export function computedText(kpi: KpiRef, computed: number | null, kind: ProvenanceKind): string {
  return computed === null ? "" : ` (Grenze; rechnerisch ${formatFigure(kpi, computed, kind)})`;
}

/** "549 (Beispieldaten)", "Rang 6 (Quelle: EVV Essen)", "650 (Planwert)", "58 %": the figure and its mark in words. */
export function figureText(kpi: KpiRef, value: number, p: Provenance, computed: number | null = null): string {
  const mark = provenanceText(p);
  const figure = `${formatFigure(kpi, value, p.kind)}${computedText(kpi, computed, p.kind)}`;
  return mark ? `${figure} (${mark})` : figure;
}

/**
 * The data attributes that let a test find a figure on any page and check it against
 * GET /api/v1/kpis/:id: the KPI, the date the figure is for, and what kind of figure it is.
 */
export function figureData(kpiId: string, date: string, kind: ProvenanceKind) {
  return { "data-kpi-value": kpiId, "data-kpi-date": date, "data-kpi-kind": kind } as const;
}

type Measured = { isExample: boolean; sourceUrl: string | null; sourceLabel?: string };

/** A reported value's mark. */
export const valueProvenance = (v: Measured): Provenance => ({
  kind: "value",
  isExample: v.isExample,
  sourceUrl: v.sourceUrl,
  sourceLabel: v.sourceLabel ?? "",
});

/** The baseline's mark. */
export const baselineProvenance = (b: Measured): Provenance => ({
  kind: "baseline",
  isExample: b.isExample,
  sourceUrl: b.sourceUrl,
  sourceLabel: b.sourceLabel ?? "",
});

/** Attainment compares the latest value with the baseline: example data if either is. */
export const attainmentProvenance = (kpi: { baseline: { isExample: boolean }; latest: { isExample: boolean } | null }): Provenance => ({
  kind: "attainment",
  basedOnExample: kpi.baseline.isExample || (kpi.latest?.isExample ?? false),
});

/** The trend runs through the reported values (not the baseline): example data if any of them is. */
export const projectionProvenance = (values: ReadonlyArray<{ isExample: boolean }>): Provenance => ({
  kind: "projection",
  basedOnExample: values.some((v) => v.isExample),
});

/**
 * Marks the part of a page that is about one KPI (a card, a list entry, the KPI page), so a test can
 * check that no figure of that KPI appears there outside a marked {@link figureData} element.
 */
export function kpiScopeData(kpiId: string) {
  return { "data-kpi-scope": kpiId } as const;
}
