import { MEASURE_SORT_KEYS, searchNeedle, STATUS_KEYS, type Status } from "@sm/domain/web";
import type { MeasureListParams } from "../../api/queries";
import { STAND_PARAM } from "../../components/as-of";
import type { SortOrder } from "../../components/sortable-header";

export type MeasureSortKey = (typeof MEASURE_SORT_KEYS)[number];

/** The measure list's state as the URL holds it; German parameter names, because people share these links. */
export interface MeasureFilters {
  handlungsfeld: string;
  status: Status | "";
  zielgruppe: string;
  thema: string;
  suche: string;
  /** only measures whose update is overdue (`faellig=ja`) */
  faellig: boolean;
  /** the date shown (`stand=YYYY-MM-DD`), "" for today */
  stand: string;
  /** the sort the person chose; null when they did not (then the API ranks a search, or sorts by code) */
  sortierung: MeasureSortKey | null;
  reihenfolge: SortOrder;
  seite: number;
}

export type FilterKey = "handlungsfeld" | "status" | "zielgruppe" | "thema" | "suche" | "faellig";

/** The value of `faellig` that switches the overdue filter on. */
export const DUE_ON = "ja";

const isStatus = (value: string): value is Status => (STATUS_KEYS as readonly string[]).includes(value);
const isSortKey = (value: string): value is MeasureSortKey => (MEASURE_SORT_KEYS as readonly string[]).includes(value);

/** Reads the filters from the URL; values the list cannot use fall back to their defaults. */
export function readFilters(params: URLSearchParams): MeasureFilters {
  const status = params.get("status") ?? "";
  const sort = params.get("sortierung") ?? "";
  const page = Number(params.get("seite"));
  return {
    handlungsfeld: params.get("handlungsfeld") ?? "",
    status: isStatus(status) ? status : "",
    zielgruppe: params.get("zielgruppe") ?? "",
    thema: params.get("thema") ?? "",
    suche: (params.get("suche") ?? "").trim(),
    faellig: params.get("faellig") === DUE_ON,
    stand: params.get(STAND_PARAM) ?? "",
    sortierung: isSortKey(sort) ? sort : null,
    reihenfolge: params.get("reihenfolge") === "desc" ? "desc" : "asc",
    seite: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Whether the search text has something to search for (a letter or digit); if not, the list ignores it. */
export function isSearching(filters: MeasureFilters): boolean {
  return searchNeedle(filters.suche) !== null;
}

/** The order the list is in: the chosen one, else best matches first for a search, else by code, as the API does. */
export function shownSort(filters: MeasureFilters): MeasureSortKey {
  return filters.sortierung ?? (isSearching(filters) ? "relevance" : "code");
}

/** The same state as query parameters of GET /api/v1/measures; empty filters are left out. */
export function toApiParams(filters: MeasureFilters): MeasureListParams {
  const params: MeasureListParams = { order: filters.reihenfolge };
  if (filters.sortierung) params.sort = filters.sortierung;
  if (filters.handlungsfeld) params.field = filters.handlungsfeld;
  if (filters.status) params.status = filters.status;
  if (filters.zielgruppe) params.targetGroup = filters.zielgruppe;
  if (filters.thema) params.topic = filters.thema;
  if (isSearching(filters)) params.q = filters.suche;
  if (filters.faellig) params.updateDue = "true";
  if (filters.stand) params.asOf = filters.stand;
  if (filters.seite > 1) params.page = String(filters.seite);
  return params;
}

/** Sets one filter (an empty value removes it) and goes back to the first page of results. */
export function withFilter(params: URLSearchParams, key: FilterKey, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value.trim()) next.set(key, value.trim());
  else next.delete(key);
  next.delete("seite");
  return next;
}

export function withSort(params: URLSearchParams, sort: MeasureSortKey, order: SortOrder): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set("sortierung", sort);
  next.set("reihenfolge", order);
  next.delete("seite");
  return next;
}

/** Back to the order the list takes by itself: best search matches first. */
export function withoutSort(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete("sortierung");
  next.delete("reihenfolge");
  next.delete("seite");
  return next;
}

export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page > 1) next.set("seite", String(page));
  else next.delete("seite");
  return next;
}

export function hasActiveFilters(filters: MeasureFilters): boolean {
  return Boolean(filters.handlungsfeld || filters.status || filters.zielgruppe || filters.thema || filters.suche || filters.faellig);
}

/** Every filter removed; the date shown stays, since it is not a filter but the state being looked at. */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  const stand = params.get(STAND_PARAM);
  if (stand) next.set(STAND_PARAM, stand);
  return next;
}

/** "12 Maßnahmen gefunden", in correct German also for one. */
export function resultCountText(total: number): string {
  return `${total} ${total === 1 ? "Maßnahme" : "Maßnahmen"} gefunden`;
}
