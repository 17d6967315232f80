import type { ConflictRow } from "../../components/conflict-panel";

/** Values of a flat form: text, a flag, or a list of codes. */
export type FlatValue = string | boolean | string[];
/** A form whose every field holds a FlatValue. */
export type FlatForm<T> = { [K in keyof T]: FlatValue };

export const sameValue = (a: FlatValue | undefined, b: FlatValue | undefined) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : typeof a === "string" && typeof b === "string" ? a.trim() === b.trim() : a === b;

/** The keys the person changed compared with the form's base. */
export function changedKeys<T extends FlatForm<T>>(mine: T, base: T): Array<keyof T & string> {
  return (Object.keys(mine) as Array<keyof T & string>).filter((key) => !sameValue(mine[key], base[key]));
}

/** A 409 on a flat form: the person's edits laid over the current state. */
export function rebaseFlat<T extends FlatForm<T>>(mine: T, base: T, current: T): T {
  const changed = new Set<string>(changedKeys(mine, base));
  const next = { ...current };
  for (const key of Object.keys(mine) as Array<keyof T & string>) if (changed.has(key)) next[key] = mine[key];
  return next;
}


/** Rows for the comparison table: every labelled field where the form and the current state differ. */
export function flatConflictRows<T extends FlatForm<T>>(
  mine: T,
  base: T,
  current: T,
  labels: Partial<Record<keyof T, string>>,
  show: (key: keyof T & string, value: T[keyof T]) => string,
): ConflictRow[] {
  return (Object.keys(labels) as Array<keyof T & string>)
    .filter((key) => !sameValue(mine[key], current[key]))
    .map((key) => ({
      field: labels[key] ?? key,
      mine: show(key, mine[key]),
      current: show(key, current[key]),
      changedByMe: !sameValue(mine[key], base[key]),
    }));
}
