import { formatDate, type PlanChange } from "@sm/domain/web";

/**
 * "ursprünglich geplant bis 30.06.2027, 1× verschoben" — the baseline beside a revised plan; null
 * while the plan is the one adopted.
 */
export function planShiftText(m: {
  plannedStart: string;
  plannedEnd: string;
  baseline: { start: string; end: string };
  planRevisions: number;
}): string | null {
  if (m.planRevisions === 0) return null;
  const original =
    m.baseline.start !== m.plannedStart
      ? `ursprünglich geplant ${formatDate(m.baseline.start)} – ${formatDate(m.baseline.end)}`
      : `ursprünglich geplant bis ${formatDate(m.baseline.end)}`;
  return `${original}, ${m.planRevisions}× verschoben`;
}

/** "Ende 30.06.2027 → 31.12.2027", "Meilenstein „Pilot“ ergänzt, geplant 31.03.2027". */
export function planChangeText(change: PlanChange): string {
  const move = (from: string | null) => `${from ? formatDate(from) : "–"} → ${formatDate(change.to)}`;
  switch (change.subject) {
    case "start":
      return `Beginn ${move(change.from)}`;
    case "end":
      return `Ende ${move(change.from)}`;
    case "milestone":
      return change.from === null
        ? `Meilenstein „${change.milestone}“ ergänzt, geplant ${formatDate(change.to)}`
        : `Meilenstein „${change.milestone}“ ${move(change.from)}`;
  }
}

export interface PlanRevisionEntry {
  date: string;
  /** the changes made together, each as text */
  changes: string[];
  reason: string;
}

/**
 * Changes made on one day for one reason belong together in the history: "Zeitplan geändert: Beginn
 * … ; Ende … – Grund: …".
 */
export function groupPlanChanges(changes: readonly PlanChange[]): PlanRevisionEntry[] {
  const entries: PlanRevisionEntry[] = [];
  for (const change of changes) {
    const last = entries.at(-1);
    if (last && last.date === change.date && last.reason === change.reason) last.changes.push(planChangeText(change));
    else entries.push({ date: change.date, changes: [planChangeText(change)], reason: change.reason });
  }
  return entries;
}
