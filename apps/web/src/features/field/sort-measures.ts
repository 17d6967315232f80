import { SIGNAL_KEYS, STATUS_KEYS, type MeasureListItem } from "@sm/domain/web";
import type { SortOrder } from "../../components/sortable-header";

export const FIELD_SORT_KEYS = ["code", "title", "status", "progress", "plannedEnd", "signal", "lastUpdate"] as const;
export type FieldSortKey = (typeof FIELD_SORT_KEYS)[number];

const collator = new Intl.Collator("de-DE", { numeric: true, sensitivity: "base" });
const rank = <T extends string>(keys: readonly T[], key: T) => keys.indexOf(key);

type Item = Pick<MeasureListItem, "code" | "title" | "status" | "progress" | "plannedEnd" | "signal" | "lastUpdate">;

const compare: Record<FieldSortKey, (a: Item, b: Item) => number> = {
  code: (a, b) => collator.compare(a.code, b.code),
  title: (a, b) => collator.compare(a.title, b.title),
  status: (a, b) => rank(STATUS_KEYS, a.status) - rank(STATUS_KEYS, b.status),
  progress: (a, b) => a.progress - b.progress,
  plannedEnd: (a, b) => a.plannedEnd.localeCompare(b.plannedEnd),
  signal: (a, b) => rank(SIGNAL_KEYS, a.signal) - rank(SIGNAL_KEYS, b.signal),
  // never updated counts as the oldest update
  lastUpdate: (a, b) => (a.lastUpdate ?? "").localeCompare(b.lastUpdate ?? ""),
};

/** Sorts a field's measures for its table; ties keep the order of the codes (HF1-2 before HF1-10). */
export function sortMeasures<T extends Item>(items: readonly T[], sort: FieldSortKey, order: SortOrder): T[] {
  const direction = order === "asc" ? 1 : -1;
  return [...items].sort((a, b) => direction * compare[sort](a, b) || compare.code(a, b));
}

export function parseFieldSort(sort: string | null, order: string | null): { sort: FieldSortKey; order: SortOrder } {
  return {
    sort: (FIELD_SORT_KEYS as readonly string[]).includes(sort ?? "") ? (sort as FieldSortKey) : "code",
    order: order === "desc" ? "desc" : "asc",
  };
}
