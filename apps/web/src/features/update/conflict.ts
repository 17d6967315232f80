import { formatDate, STATUS_LABELS, type Status } from "@sm/domain/web";
import type { ConflictRow } from "../../components/conflict-panel";
import type { MilestoneDraft, UpdateForm } from "./update-form";

/**
 * Someone saved the measure after this form was opened. The person's edits (what differs from
 * the form's base) are laid over the current state; everything they left alone takes the current
 * value, so saving again does not undo the other person's work.
 */
export function rebaseForm(form: UpdateForm, base: UpdateForm, current: UpdateForm): UpdateForm {
  const pick = <K extends "status" | "progress" | "plannedStart" | "plannedEnd" | "actualStart" | "actualEnd" | "risk">(key: K): UpdateForm[K] =>
    form[key] !== base[key] ? form[key] : current[key];
  return {
    status: pick("status"),
    reason: form.reason,
    plannedStart: pick("plannedStart"),
    plannedEnd: pick("plannedEnd"),
    planReason: form.planReason,
    progress: pick("progress"),
    actualStart: pick("actualStart"),
    actualEnd: pick("actualEnd"),
    risk: pick("risk"),
    // Milestones someone removed meanwhile drop out; edits to the others carry over.
    milestones: current.milestones.map((now) => {
      const mine = form.milestones.find((m) => m.id === now.id);
      const before = base.milestones.find((m) => m.id === now.id);
      if (!mine || !before) return now;
      return {
        ...now,
        plannedDate: mine.plannedDate !== before.plannedDate ? mine.plannedDate : now.plannedDate,
        // A milestone the other person already completed stays completed on their date.
        completedDate: now.completedDate !== "" ? now.completedDate : mine.completedDate,
      };
    }),
    newMilestones: form.newMilestones,
    comment: form.comment,
    note: form.note,
  };
}


const dateText = (value: string) => (value ? formatDate(value) : "–");
const SCALARS: Array<{
  key: "status" | "progress" | "plannedStart" | "plannedEnd" | "actualStart" | "actualEnd" | "risk";
  label: string;
  show: (v: string) => string;
}> = [
  { key: "status", label: "Status", show: (v) => STATUS_LABELS[v as Status] ?? v },
  { key: "plannedStart", label: "Geplanter Beginn", show: dateText },
  { key: "plannedEnd", label: "Geplantes Ende", show: dateText },
  { key: "progress", label: "Fortschritt", show: (v) => (v.trim() === "" ? "–" : `${v.trim()} %`) },
  { key: "actualStart", label: "Tatsächlicher Beginn", show: dateText },
  { key: "actualEnd", label: "Tatsächliches Ende", show: dateText },
  { key: "risk", label: "Risiko (intern)", show: (v) => v.trim() || "–" },
];

/**
 * The rows of the comparison table: every field where the person's form and the current state
 * differ, whoever changed it.
 */
export function conflictRows(form: UpdateForm, base: UpdateForm, current: UpdateForm): ConflictRow[] {
  const rows: ConflictRow[] = [];
  for (const { key, label, show } of SCALARS) {
    if (form[key].trim() === current[key].trim()) continue;
    rows.push({ field: label, mine: show(form[key]), current: show(current[key]), changedByMe: form[key] !== base[key] });
  }
  for (const now of current.milestones) {
    const mine = form.milestones.find((m) => m.id === now.id);
    const before = base.milestones.find((m) => m.id === now.id);
    if (!mine) {
      rows.push({ field: `Meilenstein „${now.title}“`, mine: "–", current: milestoneText(now), changedByMe: false });
      continue;
    }
    if (mine.plannedDate === now.plannedDate && mine.completedDate === now.completedDate) continue;
    const changedByMe = !before || mine.plannedDate !== before.plannedDate || mine.completedDate !== before.completedDate;
    rows.push({ field: `Meilenstein „${now.title}“`, mine: milestoneText(mine), current: milestoneText(now), changedByMe });
  }
  for (const mine of form.milestones) {
    if (!current.milestones.some((m) => m.id === mine.id)) {
      rows.push({ field: `Meilenstein „${mine.title}“`, mine: milestoneText(mine), current: "entfernt", changedByMe: false });
    }
  }
  return rows;
}

function milestoneText(m: MilestoneDraft): string {
  const planned = `geplant ${dateText(m.plannedDate)}`;
  return m.completedDate ? `${planned}, erreicht ${dateText(m.completedDate)}` : `${planned}, offen`;
}
