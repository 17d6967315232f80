import { formatDate } from "@sm/domain";

/** The history newest first, whatever order it arrives in (equal dates keep their order). */
export function newestFirst<T extends { date: string }>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || a.index - b.index)
    .map(({ entry }) => entry);
}

export type MilestoneState = "done" | "overdue" | "open";

/** Whether a milestone was reached, is still open, or is open past its planned date. */
export function milestoneState(milestone: { plannedDate: string; completedDate: string | null }, today: string): MilestoneState {
  if (milestone.completedDate) return "done";
  return milestone.plannedDate < today ? "overdue" : "open";
}

export function milestoneText(milestone: { plannedDate: string; completedDate: string | null }, today: string): string {
  switch (milestoneState(milestone, today)) {
    case "done":
      return `erreicht am ${formatDate(milestone.completedDate)}`;
    case "overdue":
      return "offen, Termin überschritten";
    case "open":
      return "offen";
  }
}
