import { queryOptions } from "@tanstack/react-query";
import type { InferRequestType } from "hono/client";
import { api, fetchJson } from "./client";

/**
 * Query factories: each key holds every input of its request, so two screens asking for the same
 * data share the cache and a changed filter is a new entry.
 */
export const strategyQuery = () =>
  queryOptions({ queryKey: ["strategy"], queryFn: () => fetchJson(api.strategy.$get()) });

export const progressQuery = (field: string | null) =>
  queryOptions({
    queryKey: ["progress", field],
    queryFn: () => fetchJson(api.progress.$get({ query: field ? { field } : {} })),
  });

export const fieldQuery = (code: string) =>
  queryOptions({ queryKey: ["field", code], queryFn: () => fetchJson(api.fields[":code"].$get({ param: { code } })) });

/** Query parameters of GET /api/v1/measures, as the typed client accepts them. */
export type MeasureListParams = InferRequestType<typeof api.measures.$get>["query"];

export const measureListQuery = (params: MeasureListParams) =>
  queryOptions({
    queryKey: ["measures", params],
    queryFn: () => fetchJson(api.measures.$get({ query: params })),
    // Keep the last table on screen while a changed filter loads.
    placeholderData: (previous) => previous,
  });

export const measureQuery = (code: string) =>
  queryOptions({ queryKey: ["measure", code], queryFn: () => fetchJson(api.measures[":code"].$get({ param: { code } })) });

export const kpiListQuery = (field: string | null) =>
  queryOptions({
    queryKey: ["kpis", field],
    queryFn: () => fetchJson(api.kpis.$get({ query: field ? { field } : {} })),
  });

export const kpiQuery = (id: string) =>
  queryOptions({ queryKey: ["kpi", id], queryFn: () => fetchJson(api.kpis[":id"].$get({ param: { id } })) });
