import type { FieldChanges } from "@sm/domain/web";

/** The lists of a field's changes, in the order a council member reads them. */
export const CHANGE_GROUPS = [
  "statusChanges",
  "progressChanges",
  "completed",
  "becameLate",
  "replanned",
  "becameStale",
  "newKpiValues",
  "projectionTurned",
  "internalNotes",
] as const satisfies readonly (keyof FieldChanges)[];
export type ChangeGroup = (typeof CHANGE_GROUPS)[number];

export const CHANGE_GROUP_TITLES: Record<ChangeGroup, string> = {
  statusChanges: "Statusänderungen",
  progressChanges: "Fortschritt",
  completed: "Abgeschlossen",
  becameLate: "Neu im Verzug",
  replanned: "Zeitplan geändert",
  becameStale: "Aktualisierung überfällig",
  newKpiValues: "Neue Kennzahlwerte",
  projectionTurned: "Prognose gekippt",
  internalNotes: "Interne Notizen",
};

/** How many entries a field lists; internal notes count only where the API sent them. */
export function changeCount(field: FieldChanges): number {
  return CHANGE_GROUPS.reduce((sum, key) => sum + (field[key]?.length ?? 0), 0);
}

export function hasChanges(field: FieldChanges): boolean {
  return changeCount(field) > 0;
}

/** The groups of a field that have at least one entry, in reading order. */
export function nonEmptyGroups(field: FieldChanges): ChangeGroup[] {
  return CHANGE_GROUPS.filter((key) => (field[key]?.length ?? 0) > 0);
}

/** "keine Änderungen", "1 Änderung", "12 Änderungen" */
export function changeCountText(count: number): string {
  if (count === 0) return "keine Änderungen";
  return count === 1 ? "1 Änderung" : `${count} Änderungen`;
}

/** The id of a field's section, for the jump links at the top of the page. */
export const fieldChangesAnchor = (code: string) => `aenderungen-${code}`;

type KpiValue = FieldChanges["newKpiValues"][number];

export interface KpiValueGroup {
  id: string;
  title: string;
  unit: string;
  decimals: number;
  values: Pick<KpiValue, "date" | "value" | "isExample" | "sourceUrl" | "sourceLabel">[];
}

/**
 * New KPI values grouped by KPI (the API sends one row per value), KPIs in the order they first
 * appear and each KPI's values oldest first, so a KPI with three new values reads as one line.
 */
export function groupKpiValues(values: readonly KpiValue[]): KpiValueGroup[] {
  const groups = new Map<string, KpiValueGroup>();
  for (const v of values) {
    const group = groups.get(v.id) ?? { id: v.id, title: v.title, unit: v.unit, decimals: v.decimals, values: [] };
    group.values.push({ date: v.date, value: v.value, isExample: v.isExample, sourceUrl: v.sourceUrl, sourceLabel: v.sourceLabel });
    groups.set(v.id, group);
  }
  return [...groups.values()].map((g) => ({ ...g, values: [...g.values].sort((a, b) => a.date.localeCompare(b.date)) }));
}
