import type { z } from "zod";
import type { measureUpdateRequestSchema, MeasureView, Status } from "@sm/domain/web";

/** What the update route accepts, before the server fills in defaults. */
export type UpdatePayload = z.input<typeof measureUpdateRequestSchema>;

/** An existing milestone as the form holds it; "" stands for "no date" because inputs hold text. */
export interface MilestoneDraft {
  id: number;
  title: string;
  plannedDate: string;
  completedDate: string;
}

/** A milestone the person adds; `key` tells new rows apart before they have an id. */
export interface NewMilestoneDraft {
  key: string;
  title: string;
  plannedDate: string;
}

/** The update form's state: text as the inputs hold it, compared with the same shape of the original. */
export interface UpdateForm {
  status: Status;
  /** why the measure becomes delayed, paused or cancelled; public */
  reason: string;
  plannedStart: string;
  plannedEnd: string;
  /** why a planned date moves; public. Empty: the status reason stands for it */
  planReason: string;
  progress: string;
  actualStart: string;
  actualEnd: string;
  milestones: MilestoneDraft[];
  newMilestones: NewMilestoneDraft[];
  comment: string;
  note: string;
  risk: string;
}

export type MeasureSource = Pick<
  MeasureView,
  "status" | "progress" | "plannedStart" | "plannedEnd" | "actualStart" | "actualEnd" | "milestones" | "internal"
>;

/** Entering one of these states needs a reason (the server enforces it); delayed also a new planned end. */
export const NEEDS_REASON: ReadonlySet<Status> = new Set<Status>(["delayed", "paused", "cancelled"]);

export function formFromMeasure(measure: MeasureSource): UpdateForm {
  return {
    status: measure.status,
    reason: "",
    plannedStart: measure.plannedStart,
    plannedEnd: measure.plannedEnd,
    planReason: "",
    progress: String(Math.round(measure.progress)),
    actualStart: measure.actualStart ?? "",
    actualEnd: measure.actualEnd ?? "",
    milestones: measure.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      plannedDate: m.plannedDate,
      completedDate: m.completedDate ?? "",
    })),
    newMilestones: [],
    comment: "",
    note: "",
    risk: measure.internal?.risk ?? "",
  };
}

/** Form keys of single inputs: "progress", "milestones.12.plannedDate", "newMilestones.n1.title". */
export type FieldKey = string;

export const milestoneKey = (id: number, part: "plannedDate" | "completedDate") => `milestones.${id}.${part}`;
export const newMilestoneKey = (key: string, part: "title" | "plannedDate") => `newMilestones.${key}.${part}`;

/** Every input of the form, in the order it shows them (the error summary lists errors in this order). */
export function formFieldKeys(form: UpdateForm): FieldKey[] {
  return [
    "status",
    "reason",
    "progress",
    "actualStart",
    "actualEnd",
    ...form.milestones.flatMap((m) => [milestoneKey(m.id, "completedDate"), milestoneKey(m.id, "plannedDate")]),
    ...form.newMilestones.flatMap((m) => [newMilestoneKey(m.key, "title"), newMilestoneKey(m.key, "plannedDate")]),
    "plannedStart",
    "plannedEnd",
    "planReason",
    "comment",
    "note",
    "risk",
  ];
}

export interface BuiltUpdate {
  payload: UpdatePayload;
  /** payload paths that stand for a form row, e.g. "milestones.add.0" → "newMilestones.n1" */
  origin: Record<string, string>;
  /** whether anything would be saved besides the version */
  hasChanges: boolean;
}

const isBlankNew = (m: NewMilestoneDraft) => m.title.trim() === "" && m.plannedDate === "";

/**
 * Only what the person changed goes to the server, with the version the form was based on; a
 * field left as it was cannot overwrite what someone else saved in the meantime.
 */
export function buildUpdatePayload(form: UpdateForm, base: UpdateForm, baseVersion: number): BuiltUpdate {
  const payload: UpdatePayload = { baseVersion };
  const origin: Record<string, string> = {};
  if (form.status !== base.status) payload.status = form.status;
  if (form.reason.trim()) payload.reason = form.reason.trim();
  if (form.plannedStart !== base.plannedStart && form.plannedStart) payload.plannedStart = form.plannedStart;
  if (form.plannedEnd !== base.plannedEnd && form.plannedEnd) payload.plannedEnd = form.plannedEnd;
  if (form.planReason.trim() && plannedDatesMoved(form, base)) payload.planReason = form.planReason.trim();
  if (form.progress.trim() !== base.progress.trim()) payload.progress = Number(form.progress.trim().replace(",", "."));
  if (form.actualStart !== base.actualStart) payload.actualStart = form.actualStart || null;
  if (form.actualEnd !== base.actualEnd) payload.actualEnd = form.actualEnd || null;

  const complete: Array<{ id: number; completedDate: string }> = [];
  const move: Array<{ id: number; plannedDate: string }> = [];
  for (const m of form.milestones) {
    const before = base.milestones.find((b) => b.id === m.id);
    if (!before) continue;
    if (before.completedDate === "" && m.completedDate !== "") {
      origin[`milestones.complete.${complete.length}`] = `milestones.${m.id}`;
      complete.push({ id: m.id, completedDate: m.completedDate });
    }
    if (m.plannedDate !== before.plannedDate) {
      origin[`milestones.move.${move.length}`] = `milestones.${m.id}`;
      move.push({ id: m.id, plannedDate: m.plannedDate });
    }
  }
  const add = form.newMilestones.filter((m) => !isBlankNew(m));
  add.forEach((m, index) => (origin[`milestones.add.${index}`] = `newMilestones.${m.key}`));
  if (complete.length + move.length + add.length > 0) {
    payload.milestones = { add: add.map((m) => ({ title: m.title.trim(), plannedDate: m.plannedDate })), complete, move };
  }

  if (form.comment.trim()) payload.comment = form.comment.trim();
  if (form.note.trim()) payload.note = form.note.trim();
  if (form.risk.trim() !== base.risk.trim()) payload.risk = form.risk.trim();
  return { payload, origin, hasChanges: Object.keys(payload).length > 1 };
}

/** Whether the person moved a planned date: the measure's start or end, or a milestone's. */
export function plannedDatesMoved(form: UpdateForm, base: UpdateForm): boolean {
  return (
    form.plannedStart !== base.plannedStart ||
    form.plannedEnd !== base.plannedEnd ||
    form.milestones.some((m) => {
      const before = base.milestones.find((b) => b.id === m.id);
      return before !== undefined && before.plannedDate !== m.plannedDate;
    })
  );
}

/**
 * Checks what the server cannot be asked about: a progress that is no number would not even
 * reach it as JSON. Ranges and date rules are left to the server, which answers per field.
 */
export function validateUpdateForm(form: UpdateForm, base: UpdateForm): Record<FieldKey, string> {
  const errors: Record<FieldKey, string> = {};
  const progress = form.progress.trim();
  if (progress !== base.progress.trim() && (progress === "" || Number.isNaN(Number(progress.replace(",", "."))))) {
    errors.progress = "Bitte eine ganze Zahl von 0 bis 100 eingeben.";
  }
  for (const m of form.milestones) {
    if (m.plannedDate === "") errors[milestoneKey(m.id, "plannedDate")] = "Bitte ein geplantes Datum angeben.";
  }
  for (const m of form.newMilestones) {
    if (isBlankNew(m)) continue;
    if (m.title.trim() === "") errors[newMilestoneKey(m.key, "title")] = "Bitte einen Titel angeben.";
    if (m.plannedDate === "") errors[newMilestoneKey(m.key, "plannedDate")] = "Bitte ein geplantes Datum angeben.";
  }
  return errors;
}

const LABELS: Record<string, string> = {
  status: "Status",
  reason: "Grund (öffentlich)",
  plannedStart: "Geplanter Beginn",
  plannedEnd: "Geplantes Ende",
  planReason: "Grund für die Terminänderung (öffentlich)",
  progress: "Fortschritt in %",
  actualStart: "Tatsächlicher Beginn",
  actualEnd: "Tatsächliches Ende",
  comment: "Kommentar für die Öffentlichkeit",
  note: "Notiz für den Rat (intern)",
  risk: "Risiko (intern)",
};

/** The name of an input for the error summary: "Meilenstein „Pilot“: geplantes Datum". */
export function fieldLabel(key: FieldKey, form: UpdateForm): string {
  if (LABELS[key]) return LABELS[key];
  const [group, row, part] = key.split(".");
  if (group === "milestones") {
    const title = form.milestones.find((m) => String(m.id) === row)?.title ?? "";
    return `Meilenstein „${title}“: ${part === "completedDate" ? "erreicht am" : "geplantes Datum"}`;
  }
  if (group === "newMilestones") {
    const index = form.newMilestones.findIndex((m) => m.key === row);
    return `Neuer Meilenstein ${index + 1}: ${part === "title" ? "Titel" : "geplantes Datum"}`;
  }
  return key;
}
