import type { z } from "zod";
import type {
  assignMeasuresRequestSchema,
  createKpiRequestSchema,
  createMeasureRequestSchema,
  createUserRequestSchema,
  editFieldRequestSchema,
  editKpiRequestSchema,
  editMeasureRequestSchema,
  kpiValueRequestSchema,
  measureUpdateRequestSchema,
  ChangePasswordRequest,
  SignInRequest,
  updateUserRequestSchema,
} from "@sm/domain/web";
import { api, fetchJson } from "./client";

/**
 * Every write of the web app. The browser sends the session cookie itself (same origin); a
 * failure throws an ApiError with the server's per-field messages.
 */
export const signIn = (json: SignInRequest) => fetchJson(api.session.$post({ json }));
export const signOut = () => fetchJson(api.session.$delete());
export const changeOwnPassword = (json: ChangePasswordRequest) => fetchJson(api.me.password.$post({ json }));

export const postMeasureUpdate = (code: string, json: z.input<typeof measureUpdateRequestSchema>) =>
  fetchJson(api.measures[":code"].updates.$post({ param: { code }, json }));
export const postKpiValue = (id: string, json: z.input<typeof kpiValueRequestSchema>) =>
  fetchJson(api.kpis[":id"].values.$post({ param: { id }, json }));

const users = api.admin.users;
export const createUser = (json: z.input<typeof createUserRequestSchema>) => fetchJson(users.$post({ json }));
export const updateUser = (id: number, json: z.input<typeof updateUserRequestSchema>) =>
  fetchJson(users[":id"].$patch({ param: { id: String(id) }, json }));
export const resetPassword = (id: number, password: string) =>
  fetchJson(users[":id"].password.$post({ param: { id: String(id) }, json: { password } }));
export const assignMeasures = (id: number, json: z.input<typeof assignMeasuresRequestSchema>) =>
  fetchJson(users[":id"].measures.$put({ param: { id: String(id) }, json }));

export const createMeasure = (json: z.input<typeof createMeasureRequestSchema>) => fetchJson(api.admin.measures.$post({ json }));
export const editMeasure = (code: string, json: z.input<typeof editMeasureRequestSchema>) =>
  fetchJson(api.admin.measures[":code"].$patch({ param: { code }, json }));

export const createKpi = (json: z.input<typeof createKpiRequestSchema>) => fetchJson(api.admin.kpis.$post({ json }));
export const editKpi = (id: string, json: z.input<typeof editKpiRequestSchema>) =>
  fetchJson(api.admin.kpis[":id"].$patch({ param: { id }, json }));

export const editField = (code: string, json: z.input<typeof editFieldRequestSchema>) =>
  fetchJson(api.admin.fields[":code"].$patch({ param: { code }, json }));
