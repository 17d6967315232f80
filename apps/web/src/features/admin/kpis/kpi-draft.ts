import type { z } from "zod";
import { formatNumber, type createKpiRequestSchema, type Direction, type editKpiRequestSchema, type KpiDetail } from "@sm/domain/web";
import { parseDecimal } from "../../../components/parse-decimal";

export type CreateKpiPayload = z.input<typeof createKpiRequestSchema>;
export type EditKpiPayload = z.input<typeof editKpiRequestSchema>;

export interface TargetDraft {
  key: string;
  date: string;
  value: string;
}

/** The KPI form. Numbers stay text as typed (German notation); visibility "" means "leave as is". */
export interface KpiDraft {
  id: string;
  field: string;
  measures: string[];
  title: string;
  description: string;
  unit: string;
  direction: Direction;
  decimals: string;
  frequency: string;
  baselineDate: string;
  baselineValue: string;
  baselineSourceUrl: string;
  baselineIsExample: boolean;
  targetDate: string;
  targetValue: string;
  interimTargets: TargetDraft[];
  visibility: "" | "public" | "internal";
  archived: boolean;
}

export const emptyKpiDraft = (): KpiDraft => ({
  id: "",
  field: "",
  measures: [],
  title: "",
  description: "",
  unit: "",
  direction: "higher",
  decimals: "0",
  frequency: "jährlich",
  baselineDate: "",
  baselineValue: "",
  baselineSourceUrl: "",
  baselineIsExample: false,
  targetDate: "",
  targetValue: "",
  interimTargets: [],
  visibility: "public",
  archived: false,
});

const numberText = (value: number, decimals: number) => formatNumber(value, Math.max(decimals, 3)).replace(/\s/g, "");

/** The form for an existing KPI. Its visibility is not part of the read API, so it starts as "leave as is". */
export function draftFromKpi(kpi: KpiDetail): KpiDraft {
  return {
    id: kpi.id,
    field: kpi.field.code,
    measures: kpi.measures.map((m) => m.code).sort(),
    title: kpi.title,
    description: kpi.description,
    unit: kpi.unit,
    direction: kpi.direction,
    decimals: String(kpi.decimals),
    frequency: kpi.frequency,
    baselineDate: kpi.baseline.date,
    baselineValue: numberText(kpi.baseline.value, kpi.decimals),
    baselineSourceUrl: kpi.baseline.sourceUrl ?? "",
    baselineIsExample: kpi.baseline.isExample,
    targetDate: kpi.target.date,
    targetValue: numberText(kpi.target.value, kpi.decimals),
    interimTargets: kpi.interimTargets.map((t, i) => ({ key: `t${i}`, date: t.date, value: numberText(t.value, kpi.decimals) })),
    visibility: "",
    archived: false,
  };
}

export type KpiErrors = Record<string, string>;

/** Numbers the person typed, read in German notation; errors name the form's own keys. */
function readNumbers(d: KpiDraft): { values: { baseline: number; target: number; decimals: number; interim: number[] }; errors: KpiErrors } {
  const errors: KpiErrors = {};
  const baseline = parseDecimal(d.baselineValue);
  const target = parseDecimal(d.targetValue);
  const decimals = Number(d.decimals);
  if (baseline === null) errors["baseline.value"] = "Bitte eine Zahl eingeben.";
  if (target === null) errors["target.value"] = "Bitte eine Zahl eingeben.";
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 3) errors.decimals = "0 bis 3 Nachkommastellen";
  const interim = d.interimTargets.map((t, i) => {
    const value = parseDecimal(t.value);
    if (value === null) errors[`interimTargets.${i}.value`] = "Bitte eine Zahl eingeben.";
    return value ?? 0;
  });
  return { values: { baseline: baseline ?? 0, target: target ?? 0, decimals, interim }, errors };
}

function parts(d: KpiDraft, n: ReturnType<typeof readNumbers>["values"]) {
  return {
    field: d.field,
    measures: d.measures,
    title: d.title.trim(),
    description: d.description.trim(),
    unit: d.unit.trim(),
    direction: d.direction,
    decimals: n.decimals,
    frequency: d.frequency.trim(),
    baseline: { date: d.baselineDate, value: n.baseline, sourceUrl: d.baselineSourceUrl.trim() || null, isExample: d.baselineIsExample },
    target: { date: d.targetDate, value: n.target },
    interimTargets: d.interimTargets.map((t, i) => ({ date: t.date, value: n.interim[i] ?? 0 })),
  };
}

export function buildCreateKpi(d: KpiDraft): { payload: CreateKpiPayload } | { errors: KpiErrors } {
  const { values, errors } = readNumbers(d);
  if (Object.keys(errors).length > 0) return { errors };
  return { payload: { id: d.id.trim(), ...parts(d, values), isPublic: d.visibility !== "internal" } };
}

/** Only what changed; baseline, target and interim targets go as a whole when any part changed. */
export function buildEditKpi(d: KpiDraft, base: KpiDraft): { payload: EditKpiPayload } | { errors: KpiErrors } {
  const mine = readNumbers(d);
  if (Object.keys(mine.errors).length > 0) return { errors: mine.errors };
  const before = parts(base, readNumbers(base).values);
  const after = parts(d, mine.values);
  const payload: EditKpiPayload = {};
  for (const key of Object.keys(after) as Array<keyof typeof after>) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) Object.assign(payload, { [key]: after[key] });
  }
  if (d.visibility !== "") payload.isPublic = d.visibility === "public";
  if (d.archived !== base.archived) payload.archived = d.archived;
  return { payload };
}

/** The draft as it would be read: text trimmed, the interim targets' row keys left out. */
const comparable = (d: KpiDraft) =>
  JSON.stringify({ ...d, interimTargets: d.interimTargets.map(({ date, value }) => ({ date, value })) }, (_key, value: unknown) =>
    typeof value === "string" ? value.trim() : value,
  );

/**
 * Whether saving would change anything; also what counts as unsaved when leaving the editor. An
 * edit with a number that cannot be read is compared as typed: it is an edit, only not a valid one.
 */
export function hasKpiEdits(mode: "create" | "edit", d: KpiDraft, base: KpiDraft): boolean {
  if (mode === "edit") {
    const built = buildEditKpi(d, base);
    if (!("errors" in built)) return Object.keys(built.payload).length > 0;
  }
  return comparable(d) !== comparable(base);
}

/** Server paths ("baseline.date", "interimTargets.0.value") are the form's keys as well. */
export const KPI_LABELS: Record<string, string> = {
  id: "Kennung",
  field: "Handlungsfeld",
  title: "Titel",
  description: "Beschreibung",
  unit: "Einheit",
  direction: "Richtung",
  decimals: "Nachkommastellen",
  frequency: "Erhebungsrhythmus",
  measures: "Maßnahmen",
  "baseline.date": "Ausgangswert: Datum",
  "baseline.value": "Ausgangswert: Wert",
  "baseline.sourceUrl": "Ausgangswert: Quelle (URL)",
  "baseline.isExample": "Ausgangswert: Beispieldaten",
  "target.date": "Zielwert: Datum",
  "target.value": "Zielwert: Wert",
  interimTargets: "Zwischenziele",
  isPublic: "Sichtbarkeit",
  archived: "Archiviert",
};

/** Labels for the interim targets that exist right now, so their errors can be shown in place. */
export function kpiLabels(d: KpiDraft): Record<string, string> {
  const interim = Object.fromEntries(
    d.interimTargets.flatMap((_, i) => [
      [`interimTargets.${i}.date`, `Zwischenziel ${i + 1}: Datum`],
      [`interimTargets.${i}.value`, `Zwischenziel ${i + 1}: Wert`],
    ]),
  );
  return { ...KPI_LABELS, ...interim };
}
