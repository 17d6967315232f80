import type { QueryClient } from "@tanstack/react-query";
import { matchPagePath } from "@sm/domain/web";
import { readFilters, toApiParams } from "../features/measures/measure-filters";
import { fromFirstViewOnly, hasFirstView } from "./client";
import { fieldQuery, fieldTimelineQuery, kpiListQuery, kpiQuery, measureListQuery, measureQuery, progressQuery, strategyQuery } from "./queries";

/**
 * The queries a public page shows first, the same the server answers in the HTML
 * (apps/api/src/first-view.ts). Loading them into the cache before the first render lets that
 * render show the whole page at once, as one interruptible render, instead of a loading state and
 * then the page in one piece (an update from the query cache is never interruptible).
 */
function firstViewQueries(location: Pick<Location, "pathname" | "search">) {
  const page = matchPagePath(location.pathname);
  const search = new URLSearchParams(location.search);
  if (!page || [...search.keys()].some((key) => key !== "stand")) return [];
  const asOf = search.get("stand") || undefined;
  const value = page.value ?? "";
  switch (page.name) {
    case "overview":
      return [strategyQuery(asOf), progressQuery(null, asOf), measureListQuery({ updateDue: "true", pageSize: "1", ...(asOf ? { asOf } : {}) })];
    case "measures":
      return [strategyQuery(asOf), measureListQuery(toApiParams(readFilters(search)))];
    case "field":
      return [strategyQuery(asOf), fieldQuery(value, asOf), fieldTimelineQuery(value, asOf), progressQuery(value, asOf)];
    case "measure":
      return [strategyQuery(asOf), measureQuery(value, asOf)];
    case "kpis":
      return [strategyQuery(asOf), kpiListQuery(null, asOf)];
    case "kpi":
      return [kpiQuery(value, asOf)];
    default:
      return [];
  }
}

/**
 * Fills the cache from the answers in the HTML, without going to the network: a query the HTML has
 * no answer for is left to the page, which fetches it as usual. Resolves at once when the page came
 * without answers (served by Vite in development, or a page without data).
 */
export async function loadFirstView(queryClient: QueryClient, location: Pick<Location, "pathname" | "search">): Promise<void> {
  if (!hasFirstView()) return;
  // Every page's footer reads today's strategy.
  const queries = [strategyQuery(), ...firstViewQueries(location)] as Parameters<QueryClient["fetchQuery"]>[0][];
  await fromFirstViewOnly(() =>
    Promise.all(
      queries.map((options) =>
        queryClient.fetchQuery({ ...options, retry: false }).catch(() => queryClient.removeQueries({ queryKey: options.queryKey, exact: true })),
      ),
    ),
  );
}
