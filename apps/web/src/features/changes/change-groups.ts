import { CHANGE_KINDS, formatNumber, type FieldChanges } from "@sm/domain/web";

/** The lists of a field's changes, in the order a council member reads them (the domain's list). */
export const CHANGE_GROUPS = CHANGE_KINDS;
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

/** How many entries a list has in full: the API sends at most the first ones of a long list, and the total. */
export const groupTotal = (field: FieldChanges, key: ChangeGroup): number => field.totals[key] ?? field[key]?.length ?? 0;

/** How many entries a field has; internal notes count only where the API sent them. */
export function changeCount(field: FieldChanges): number {
  return CHANGE_GROUPS.reduce((sum, key) => sum + groupTotal(field, key), 0);
}

export function hasChanges(field: FieldChanges): boolean {
  return changeCount(field) > 0;
}

/** The groups of a field that have at least one entry, in reading order. */
export function nonEmptyGroups(field: FieldChanges): ChangeGroup[] {
  return CHANGE_GROUPS.filter((key) => groupTotal(field, key) > 0);
}

/** "keine Änderungen", "1 Änderung", "1.234 Änderungen" */
export function changeCountText(count: number): string {
  if (count === 0) return "keine Änderungen";
  return count === 1 ? "1 Änderung" : `${formatNumber(count)} Änderungen`;
}

/** "… und 1.234 weitere": what a cut list leaves out; empty when it shows everything. */
export function moreText(total: number, shown: number): string {
  const rest = total - shown;
  return rest > 0 ? `… und ${formatNumber(rest)} weitere` : "";
}

/** The id of a field's section, for the jump links at the top of the page. */
export const fieldChangesAnchor = (code: string) => `aenderungen-${code}`;

/** The names of the lists in the page's address (?liste=), in German like the rest of it. */
export const GROUP_SLUGS: Record<ChangeGroup, string> = {
  statusChanges: "status",
  progressChanges: "fortschritt",
  completed: "abgeschlossen",
  becameLate: "verzug",
  replanned: "zeitplan",
  becameStale: "ueberfaellig",
  newKpiValues: "kennzahlwerte",
  projectionTurned: "prognose",
  internalNotes: "notizen",
};

/** The list a slug names, or undefined for one that names none. */
export const groupOfSlug = (slug: string | null): ChangeGroup | undefined =>
  CHANGE_GROUPS.find((key) => GROUP_SLUGS[key] === slug);

/** "3 neue Werte", "1 neuer Wert" */
export const newValuesText = (count: number) => (count === 1 ? "1 neuer Wert" : `${formatNumber(count)} neue Werte`);
