import type { z } from "zod";
import { formatDate, type createMeasureRequestSchema, type editMeasureRequestSchema, type MeasureView } from "@sm/domain/web";
import type { AdminMeasureRow } from "../../../api/queries";
import { changedKeys, type FlatValue } from "../flat-diff";

export type CreateMeasurePayload = z.input<typeof createMeasureRequestSchema>;
export type EditMeasurePayload = z.input<typeof editMeasureRequestSchema>;

/** The list row's fields the form needs (GET /api/v1/admin/measures). */
export type MeasureRowFields = Pick<AdminMeasureRow, "code" | "title" | "field" | "isPublic" | "archived" | "lead" | "deputy">;

/** The admin measure form; user ids as text ("" = nobody) because selects hold text. */
export interface MeasureDraft {
  code: string;
  field: string;
  title: string;
  summary: string;
  description: string;
  department: string;
  plannedStart: string;
  plannedEnd: string;
  /** why the planned dates move (public); asked for only when they do */
  planReason: string;
  targetGroups: string[];
  topics: string[];
  isPublic: boolean;
  leadUserId: string;
  deputyUserId: string;
  archived: boolean;
}

export const emptyMeasureDraft = (): MeasureDraft => ({
  code: "",
  field: "",
  title: "",
  summary: "",
  description: "",
  department: "",
  plannedStart: "",
  plannedEnd: "",
  planReason: "",
  targetGroups: [],
  topics: [],
  isPublic: true,
  leadUserId: "",
  deputyUserId: "",
  archived: false,
});

/**
 * The form for an existing measure. `detail` is the full measure; the API does not return
 * archived measures there, so for those only the list's fields are known (`complete` false).
 */
export function draftFromMeasure(row: MeasureRowFields, detail: MeasureView | null): { draft: MeasureDraft; complete: boolean } {
  const fromRow = {
    ...emptyMeasureDraft(),
    code: row.code,
    field: row.field,
    title: row.title,
    isPublic: row.isPublic,
    archived: row.archived,
    leadUserId: row.lead ? String(row.lead.id) : "",
    deputyUserId: row.deputy ? String(row.deputy.id) : "",
  };
  if (!detail) return { draft: fromRow, complete: false };
  return {
    draft: {
      ...fromRow,
      summary: detail.summary,
      description: detail.description,
      department: detail.department,
      plannedStart: detail.plannedStart,
      plannedEnd: detail.plannedEnd,
      targetGroups: [...detail.targetGroups].sort(),
      topics: [...detail.topics].sort(),
    },
    complete: true,
  };
}

/** Fields only the full measure carries; not sent when the form could not load them. */
export const DETAIL_ONLY = ["summary", "description", "department", "plannedStart", "plannedEnd", "targetGroups", "topics"] as const;

const userId = (value: string) => (value === "" ? null : Number(value));

/** Whether the edit moves the measure's planned span: a plan revision that needs a public reason. */
export const replans = (draft: MeasureDraft, base: MeasureDraft) =>
  draft.plannedStart !== base.plannedStart || draft.plannedEnd !== base.plannedEnd;

/** Only the changed fields, plus the version the form was based on. */
export function buildEditPayload(draft: MeasureDraft, base: MeasureDraft, baseVersion: number, complete: boolean): EditMeasurePayload {
  const payload: EditMeasurePayload = { baseVersion };
  for (const key of changedKeys(draft, base)) {
    if (!complete && (DETAIL_ONLY as readonly string[]).includes(key)) continue;
    switch (key) {
      case "code":
        break;
      case "planReason":
        if (replans(draft, base)) payload.planReason = draft.planReason.trim();
        break;
      case "leadUserId":
      case "deputyUserId":
        payload[key] = userId(draft[key]);
        break;
      case "isPublic":
      case "archived":
        payload[key] = draft[key];
        break;
      case "targetGroups":
      case "topics":
        payload[key] = draft[key];
        break;
      default: {
        const text = draft[key];
        if (typeof text === "string") Object.assign(payload, { [key]: text.trim() });
      }
    }
  }
  return payload;
}

/**
 * Whether saving would change anything: a new measure differs from the empty form, an existing one
 * has something to send. This is also what counts as unsaved when the person leaves the editor.
 */
export function hasMeasureEdits(mode: "create" | "edit", draft: MeasureDraft, base: MeasureDraft, complete: boolean): boolean {
  if (mode === "create") return changedKeys(draft, base).length > 0;
  return Object.keys(buildEditPayload(draft, base, 0, complete)).length > 1;
}

export function buildCreatePayload(d: MeasureDraft): CreateMeasurePayload {
  return {
    code: d.code.trim(),
    field: d.field,
    title: d.title.trim(),
    summary: d.summary.trim(),
    description: d.description.trim(),
    department: d.department.trim(),
    plannedStart: d.plannedStart,
    plannedEnd: d.plannedEnd,
    targetGroups: d.targetGroups,
    topics: d.topics,
    isPublic: d.isPublic,
    leadUserId: userId(d.leadUserId),
    deputyUserId: userId(d.deputyUserId),
  };
}

export const MEASURE_LABELS: Record<keyof MeasureDraft, string> = {
  code: "Kürzel",
  field: "Handlungsfeld",
  title: "Titel",
  summary: "Kurzbeschreibung",
  description: "Beschreibung",
  department: "Verantwortlich (Fachbereich)",
  plannedStart: "Geplanter Beginn",
  plannedEnd: "Geplantes Ende",
  planReason: "Grund für die Terminänderung (öffentlich)",
  targetGroups: "Zielgruppen",
  topics: "Querschnittsthemen",
  isPublic: "Öffentlich sichtbar",
  leadUserId: "Projektleitung",
  deputyUserId: "Vertretung",
  archived: "Archiviert",
};

/** A field's value in words, for the comparison table after a conflict. */
export function showMeasureValue(key: string, value: FlatValue, names: { users: Map<string, string>; vocabulary: Map<string, string> }): string {
  if (key === "isPublic") return value ? "öffentlich" : "nicht öffentlich";
  if (key === "archived") return value ? "archiviert" : "aktiv";
  if (key === "leadUserId" || key === "deputyUserId") return value === "" ? "niemand" : (names.users.get(String(value)) ?? `Person ${String(value)}`);
  if (key === "plannedStart" || key === "plannedEnd") return formatDate(String(value));
  if (Array.isArray(value)) return value.map((v) => names.vocabulary.get(v) ?? v).join(", ") || "–";
  return String(value).trim() || "–";
}
