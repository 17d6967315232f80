import type { ChangeGroup } from "./change-groups";
import { GROUP_SLUGS, groupOfSlug } from "./change-groups";
import { FROM_PARAM, periodParams, TO_PARAM } from "./period";

/** Search parameters of /aenderungen that open one list of one field in full (?feld=HF3&liste=status&seite=2). */
export const FIELD_PARAM = "feld";
export const LIST_PARAM = "liste";
export const PAGE_PARAM = "seite";

export interface ListChoice {
  field: string;
  kind: ChangeGroup;
  page: number;
}

/**
 * The list the URL asks for, or null for the overview of all fields. A page that is no whole number
 * is passed on as it is, so the API's 400 says what is wrong; an unknown list name shows the overview.
 */
export function readListChoice(params: URLSearchParams): (Omit<ListChoice, "page"> & { page: number | string }) | null {
  const field = params.get(FIELD_PARAM)?.trim();
  const kind = groupOfSlug(params.get(LIST_PARAM));
  if (!field || !kind) return null;
  const raw = params.get(PAGE_PARAM)?.trim() || "1";
  return { field, kind, page: /^\d+$/.test(raw) ? Number(raw) : raw };
}

/** The address of a list in full: the period as given, the field, the list and (after the first) the page. */
export function listHref(period: { from?: string; to?: string }, field: string, kind: ChangeGroup, page = 1): string {
  const params = periodParams(period);
  params.set(FIELD_PARAM, field);
  params.set(LIST_PARAM, GROUP_SLUGS[kind]);
  if (page > 1) params.set(PAGE_PARAM, String(page));
  return `/aenderungen?${params.toString()}`;
}

/** The overview of the same period, for the way back from a list. */
export function overviewHref(params: URLSearchParams): string {
  const back = new URLSearchParams();
  for (const key of [FROM_PARAM, TO_PARAM]) {
    const value = params.get(key);
    if (value) back.set(key, value);
  }
  const query = back.toString();
  return query ? `/aenderungen?${query}` : "/aenderungen";
}
