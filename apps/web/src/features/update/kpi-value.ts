import type { z } from "zod";
import type { kpiValueRequestSchema } from "@sm/domain/web";
import { domId } from "../../components/field-errors";
import { parseDecimal } from "../../components/parse-decimal";

export type KpiValuePayload = z.input<typeof kpiValueRequestSchema>;

export interface KpiValueDraft {
  date: string;
  value: string;
  sourceUrl: string;
  sourceLabel: string;
  isExample: boolean;
}

/** The id of an input of one KPI's value form, e.g. for a link from the update form's error summary. */
export const kpiInputId = (kpiId: string, key: keyof KpiValueDraft) => domId(`kpi-${kpiId}`, key);

export const emptyKpiValue = (today: string): KpiValueDraft => ({ date: today, value: "", sourceUrl: "", sourceLabel: "", isExample: false });

/**
 * Whether the person typed something the KPI form has not saved: any input differs from the
 * empty form it started from (text compared trimmed, as it would be sent).
 */
export function kpiValueChanged(draft: KpiValueDraft, base: KpiValueDraft): boolean {
  return (
    draft.date !== base.date ||
    draft.value.trim() !== base.value.trim() ||
    draft.sourceUrl.trim() !== base.sourceUrl.trim() ||
    draft.sourceLabel.trim() !== base.sourceLabel.trim() ||
    draft.isExample !== base.isExample
  );
}

export type KpiValueErrors = Partial<Record<keyof KpiValueDraft, string>>;

/** The request body, or the client-side errors that keep it from being sent. */
export function buildKpiValuePayload(draft: KpiValueDraft): { payload: KpiValuePayload } | { errors: KpiValueErrors } {
  const errors: KpiValueErrors = {};
  const value = parseDecimal(draft.value);
  if (value === null) errors.value = "Bitte eine Zahl eingeben, z. B. 1.234,5.";
  if (draft.date === "") errors.date = "Bitte das Datum des Werts angeben.";
  if (Object.keys(errors).length > 0 || value === null) return { errors };
  return {
    payload: {
      date: draft.date,
      value,
      sourceUrl: draft.sourceUrl.trim(),
      sourceLabel: draft.sourceLabel.trim(),
      isExample: draft.isExample,
    },
  };
}
