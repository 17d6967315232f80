import { queryOptions } from "@tanstack/react-query";
import type { InferRequestType, InferResponseType } from "hono/client";
import { api, fetchJson } from "./client";

/** The `asOf` query parameter for a page date; nothing for today, so today's URLs stay short. */
const asOfParam = (asOf: string | undefined) => (asOf ? { asOf } : {});

/**
 * Query factories: each key holds every input of its request, so two screens asking for the same
 * data share the cache and a changed filter is a new entry.
 */
export const strategyQuery = (asOf?: string) =>
  queryOptions({
    queryKey: ["strategy", asOf ?? null],
    queryFn: () => fetchJson(api.strategy.$get({ query: asOfParam(asOf) })),
    placeholderData: (previous) => previous,
  });

export const progressQuery = (field: string | null, asOf?: string) =>
  queryOptions({
    queryKey: ["progress", field, asOf ?? null],
    queryFn: () => fetchJson(api.progress.$get({ query: { ...(field ? { field } : {}), ...asOfParam(asOf) } })),
    placeholderData: (previous) => previous,
  });

/** Query parameters of GET /api/v1/fields/:code besides asOf: the page and sort of its measures, the page of its KPIs. */
export type FieldPageParams = Omit<InferRequestType<(typeof api.fields)[":code"]["$get"]>["query"], "asOf">;

export const fieldQuery = (code: string, asOf?: string, params: FieldPageParams = {}) =>
  queryOptions({
    queryKey: ["field", code, asOf ?? null, params],
    queryFn: () => fetchJson(api.fields[":code"].$get({ param: { code }, query: { ...params, ...asOfParam(asOf) } })),
    // Keep the page on screen while another page of its lists loads.
    placeholderData: (previous, query) => (query?.queryKey[1] === code ? previous : undefined),
  });

/** Planned and actual spans and milestones of a page of a field's measures, for its Gantt chart. */
export const fieldTimelineQuery = (code: string, asOf?: string, page?: string) =>
  queryOptions({
    queryKey: ["field-timeline", code, asOf ?? null, page ?? null],
    queryFn: () =>
      fetchJson(api.fields[":code"].timeline.$get({ param: { code }, query: { ...(page ? { page } : {}), ...asOfParam(asOf) } })),
    placeholderData: (previous, query) => (query?.queryKey[1] === code ? previous : undefined),
  });

/** Query parameters of GET /api/v1/measures, as the typed client accepts them. */
export type MeasureListParams = InferRequestType<typeof api.measures.$get>["query"];

export const measureListQuery = (params: MeasureListParams) =>
  queryOptions({
    queryKey: ["measures", params],
    queryFn: () => fetchJson(api.measures.$get({ query: params })),
    // Keep the last table on screen while a changed filter loads.
    placeholderData: (previous) => previous,
  });

export const measureQuery = (code: string, asOf?: string) =>
  queryOptions({
    queryKey: ["measure", code, asOf ?? null],
    queryFn: () => fetchJson(api.measures[":code"].$get({ param: { code }, query: asOfParam(asOf) })),
  });

/** KPIs, optionally of one field; with a search text only those it finds, best matches first. */
export const kpiListQuery = (field: string | null, asOf?: string, q?: string) =>
  queryOptions({
    queryKey: ["kpis", field, asOf ?? null, q ?? null],
    queryFn: () => fetchJson(api.kpis.$get({ query: { ...(field ? { field } : {}), ...asOfParam(asOf), ...(q ? { q } : {}) } })),
    // Keep the last cards on screen while a changed search loads.
    placeholderData: (previous) => previous,
  });

export const kpiQuery = (id: string, asOf?: string) =>
  queryOptions({
    queryKey: ["kpi", id, asOf ?? null],
    queryFn: () => fetchJson(api.kpis[":id"].$get({ param: { id }, query: asOfParam(asOf) })),
  });

/** A page of every value of a KPI, newest first, for its table. */
export const kpiValuesQuery = (id: string, asOf?: string, page?: string) =>
  queryOptions({
    queryKey: ["kpi-values", id, asOf ?? null, page ?? null],
    queryFn: () => fetchJson(api.kpis[":id"].values.$get({ param: { id }, query: { ...(page ? { page } : {}), ...asOfParam(asOf) } })),
    placeholderData: (previous, query) => (query?.queryKey[1] === id ? previous : undefined),
  });

/** The signed-in person, or null. Every screen shares this one entry (key ["session"]). */
export const sessionQuery = () =>
  queryOptions({ queryKey: ["session"], queryFn: () => fetchJson(api.session.$get()), staleTime: 5 * 60_000 });

export const myMeasuresQuery = () =>
  queryOptions({ queryKey: ["me", "measures"], queryFn: () => fetchJson(api.me.measures.$get()) });

export const adminUsersQuery = () =>
  queryOptions({ queryKey: ["admin", "users"], queryFn: () => fetchJson(api.admin.users.$get()) });

/** A row of the administration's measure list: every measure, internal and archived too. */
export type AdminMeasureRow = InferResponseType<typeof api.admin.measures.$get, 200>["items"][number];

export const adminMeasuresQuery = () =>
  queryOptions({ queryKey: ["admin", "measures"], queryFn: () => fetchJson(api.admin.measures.$get()) });

export type AuditParams = InferRequestType<typeof api.admin.audit.$get>["query"];

export const auditQuery = (params: AuditParams) =>
  queryOptions({
    queryKey: ["admin", "audit", params],
    queryFn: () => fetchJson(api.admin.audit.$get({ query: params })),
    placeholderData: (previous) => previous,
  });

/** What changed in a period; without `from` the API starts at the last committee session. */
export const changesQuery = ({ from, to }: { from?: string; to?: string }) =>
  queryOptions({
    queryKey: ["changes", from ?? null, to ?? null],
    queryFn: () => fetchJson(api.changes.$get({ query: { ...(from ? { from } : {}), ...(to ? { to } : {}) } })),
    // Keep the last lists on screen while another period loads.
    placeholderData: (previous) => previous,
  });

export const committeeSessionsQuery = () =>
  queryOptions({ queryKey: ["committee-sessions"], queryFn: () => fetchJson(api["committee-sessions"].$get()) });
