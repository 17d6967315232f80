import { FIELD_MEASURE_SORT_KEYS } from "@sm/domain/web";
import type { SortOrder } from "../../components/sortable-header";

export type FieldSortKey = (typeof FIELD_MEASURE_SORT_KEYS)[number];

/**
 * The sort of a field's measure table from its URL (`sortierung`, `reihenfolge`): the API sorts in
 * SQL, so every page is a slice of one order. Unknown values fall back to code, ascending.
 */
export function parseFieldSort(sort: string | null, order: string | null): { sort: FieldSortKey; order: SortOrder } {
  return {
    sort: (FIELD_MEASURE_SORT_KEYS as readonly string[]).includes(sort ?? "") ? (sort as FieldSortKey) : "code",
    order: order === "desc" ? "desc" : "asc",
  };
}
