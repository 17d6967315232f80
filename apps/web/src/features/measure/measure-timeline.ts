import { formatDate, type HistoryEntry, type PlanChange } from "@sm/domain/web";
import { groupPlanChanges, type PlanRevisionEntry } from "../../components/plan-text";

/** The history newest first, whatever order it arrives in (equal dates keep their order). */
export function newestFirst<T extends { date: string }>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || a.index - b.index)
    .map(({ entry }) => entry);
}

export type HistoryItem = { kind: "update"; entry: HistoryEntry } | { kind: "plan"; entry: PlanRevisionEntry };

/** Updates and plan revisions in one story, newest first; on the same day the update comes first. */
export function historyItems(history: readonly HistoryEntry[], planChanges: readonly PlanChange[]): HistoryItem[] {
  const items: Array<HistoryItem & { date: string }> = [
    ...history.map((entry) => ({ kind: "update" as const, entry, date: entry.date })),
    ...groupPlanChanges(planChanges).map((entry) => ({ kind: "plan" as const, entry, date: entry.date })),
  ];
  return newestFirst(items);
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
