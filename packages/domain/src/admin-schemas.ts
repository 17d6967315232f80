import { z } from "zod";
import { emailSchema, passwordSchema } from "./auth-schemas";
import { isoDateSchema } from "./enum-schemas";
import { roleSchema } from "./enum-schemas";
import { codeSchema, kpiIdSchema } from "./seed-schemas";
import { directionSchema } from "./enum-schemas";

/** Requests and responses of the administration routes (/api/v1/admin/...). */

const text = (max: number) => z.string().trim().min(1, "darf nicht leer sein").max(max, `höchstens ${max} Zeichen`);

export const adminUserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  isActive: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
  leads: z.array(z.string()),
  deputises: z.array(z.string()),
});
export type AdminUser = z.infer<typeof adminUserSchema>;
export const adminUserListSchema = z.object({ items: z.array(adminUserSchema) });

export const createUserRequestSchema = z.object({
  email: emailSchema,
  name: text(120),
  role: roleSchema,
  password: passwordSchema,
});
export const updateUserRequestSchema = z
  .object({
    name: text(120).optional(),
    role: roleSchema.optional(),
    isActive: z.boolean().optional(),
    /**
     * On deactivating a person who leads or deputises measures: who takes them over (a user id), or
     * null to leave them without a project lead ("Projektleitung offen"). Required then.
     */
    handover: z.object({ to: z.number().int().min(1).nullable() }).optional(),
  })
  .refine((u) => Object.keys(u).length > 0, { message: "keine Änderung angegeben" });
export const resetPasswordRequestSchema = z.object({ password: passwordSchema });
export const assignMeasuresRequestSchema = z.object({
  lead: z.array(codeSchema).max(200).default([]),
  deputy: z.array(codeSchema).max(200).default([]),
});
export const userIdParamSchema = z.object({ id: z.coerce.number().int().min(1) });

/**
 * Create or edit a measure. The base schema has no defaults on purpose: zod applies defaults inside
 * .partial() too, so an edit built from a schema with defaults would reset every field it omits.
 * Create adds the defaults; edit takes only what is sent, plus baseVersion against lost updates.
 */
const measureFieldsSchema = z.object({
  field: codeSchema,
  title: text(200),
  summary: text(600),
  description: z.string().trim().max(5000, "höchstens 5000 Zeichen"),
  department: z.string().trim().max(200, "höchstens 200 Zeichen"),
  plannedStart: isoDateSchema,
  plannedEnd: isoDateSchema,
  targetGroups: z.array(codeSchema).max(20),
  topics: z.array(codeSchema).max(20),
  isPublic: z.boolean(),
  leadUserId: z.number().int().nullable(),
  deputyUserId: z.number().int().nullable(),
});
export const createMeasureRequestSchema = measureFieldsSchema.extend({
  code: codeSchema,
  description: measureFieldsSchema.shape.description.default(""),
  department: measureFieldsSchema.shape.department.default(""),
  targetGroups: measureFieldsSchema.shape.targetGroups.default([]),
  topics: measureFieldsSchema.shape.topics.default([]),
  isPublic: measureFieldsSchema.shape.isPublic.default(true),
  leadUserId: measureFieldsSchema.shape.leadUserId.default(null),
  deputyUserId: measureFieldsSchema.shape.deputyUserId.default(null),
});
export const editMeasureRequestSchema = measureFieldsSchema.partial().extend({
  baseVersion: z.number().int().min(1),
  archived: z.boolean().optional(),
  /** public reason for a changed planned start or end: required when either changes */
  planReason: z.string().trim().max(500, "höchstens 500 Zeichen").default(""),
});

/** Everything an administrator edits of a measure, archived ones included. */
export const adminMeasureDetailSchema = measureFieldsSchema.extend({
  code: z.string(),
  version: z.number().int(),
  archived: z.boolean(),
});
export type AdminMeasureDetail = z.infer<typeof adminMeasureDetailSchema>;

const kpiFieldsSchema = z.object({
  field: codeSchema,
  measures: z.array(codeSchema).max(50),
  title: text(200),
  description: z.string().trim().max(2000, "höchstens 2000 Zeichen"),
  unit: text(40),
  direction: directionSchema,
  decimals: z.number().int().min(0).max(3),
  frequency: z.string().trim().max(60, "höchstens 60 Zeichen"),
  baseline: z.object({
    date: isoDateSchema,
    value: z.number().finite(),
    sourceUrl: z.url({ protocol: /^https?$/, message: "vollständige http(s)-Adresse erwartet" }).nullable().default(null),
    isExample: z.boolean().default(false),
  }),
  target: z.object({ date: isoDateSchema, value: z.number().finite() }),
  interimTargets: z.array(z.object({ date: isoDateSchema, value: z.number().finite() })).max(20),
  isPublic: z.boolean(),
});
export const createKpiRequestSchema = kpiFieldsSchema.extend({
  id: kpiIdSchema,
  measures: kpiFieldsSchema.shape.measures.default([]),
  description: kpiFieldsSchema.shape.description.default(""),
  decimals: kpiFieldsSchema.shape.decimals.default(0),
  frequency: kpiFieldsSchema.shape.frequency.default("jährlich"),
  interimTargets: kpiFieldsSchema.shape.interimTargets.default([]),
  isPublic: kpiFieldsSchema.shape.isPublic.default(true),
});
export const editKpiRequestSchema = kpiFieldsSchema.partial().extend({ archived: z.boolean().optional() });

/** A KPI as the administration lists it: internal and archived ones too. */
export const adminKpiSchema = z.object({
  id: z.string(),
  field: z.string(),
  title: z.string(),
  unit: z.string(),
  isPublic: z.boolean(),
  archived: z.boolean(),
  measures: z.array(z.string()),
});
export type AdminKpi = z.infer<typeof adminKpiSchema>;

/** A committee session date, added or renamed by an administrator (PUT is idempotent per date). */
export const committeeSessionRequestSchema = z.object({ title: text(200) });
export const committeeSessionParamSchema = z.object({ date: isoDateSchema });

export const editFieldRequestSchema = z
  .object({ title: text(300).optional(), shortTitle: text(60).optional(), description: text(2000).optional() })
  .refine((f) => Object.keys(f).length > 0, { message: "keine Änderung angegeben" });

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.number().int(), name: z.string(), email: z.string() }).nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditQuerySchema = z.object({
  action: z.string().trim().max(60).optional(),
  actorId: z.coerce.number().int().min(1).optional(),
  entity: z.string().trim().max(80).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  page: z.coerce.number().int().min(1, "Seite muss mindestens 1 sein").default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const auditListSchema = z.object({ items: z.array(auditEntrySchema), total: z.number().int() });

/** Names of audited actions, so UI filters and tests use the same words as the server. */
export const AUDIT_ACTIONS = [
  "session.sign_in",
  "session.sign_in_failed",
  "session.sign_out",
  "measure.update",
  "measure.create",
  "measure.edit",
  "kpi.value_add",
  "kpi.create",
  "kpi.edit",
  "field.edit",
  "committee_session.save",
  "committee_session.delete",
  "user.create",
  "user.edit",
  "user.password_reset",
  "user.assign_measures",
] as const;
