import { searchNeedle } from "@sm/domain/web";

/** The URL parameter of the KPI list's search, named like the measure list's. */
export const KPI_SEARCH_PARAM = "suche";

/** The search text from the URL, and whether it has anything to search for (a letter or digit). */
export function readKpiSearch(params: URLSearchParams): { text: string; active: boolean } {
  const text = (params.get(KPI_SEARCH_PARAM) ?? "").trim();
  return { text, active: searchNeedle(text) !== null };
}

/** The URL with a new search text; an empty one removes the parameter, other parameters (stand) stay. */
export function withKpiSearch(params: URLSearchParams, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value.trim()) next.set(KPI_SEARCH_PARAM, value.trim());
  else next.delete(KPI_SEARCH_PARAM);
  return next;
}

/** "3 Kennzahlen gefunden", in correct German also for one. */
export function kpiResultCountText(total: number): string {
  return `${total} ${total === 1 ? "Kennzahl" : "Kennzahlen"} gefunden`;
}
