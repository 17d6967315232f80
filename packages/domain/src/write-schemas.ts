import { z } from "zod";
import { measureDetailSchema, measureListItemSchema } from "./api-schemas";
import { isoDateSchema } from "./enum-schemas";
import { statusSchema } from "./enum-schemas";

/**
 * Writes by project leads: a measure update and a KPI value, and the internal view of a measure
 * that leads (own measures), council members and administrators read.
 */

const boundedText = (max: number) => z.string().trim().max(max, `höchstens ${max} Zeichen`);

export const milestoneChangesSchema = z.object({
  add: z
    .array(z.object({ title: boundedText(200).min(1, "Titel fehlt"), plannedDate: isoDateSchema }))
    .max(20)
    .default([]),
  complete: z.array(z.object({ id: z.number().int(), completedDate: isoDateSchema })).max(50).default([]),
  move: z.array(z.object({ id: z.number().int(), plannedDate: isoDateSchema })).max(50).default([]),
});

/**
 * POST /api/v1/measures/:code/updates: the fields that change, plus the version the form was
 * based on. Rules that need the measure or the strategy (horizon, end after start) are checked on
 * the server, which answers with the same error shape.
 */
export const measureUpdateRequestSchema = z
  .object({
    baseVersion: z.number().int().min(1),
    status: statusSchema.optional(),
    progress: z.number().int("ganze Zahl erwartet").min(0, "mindestens 0").max(100, "höchstens 100").optional(),
    actualStart: isoDateSchema.nullable().optional(),
    actualEnd: isoDateSchema.nullable().optional(),
    /** a new planned start: a plan revision, needs `planReason` */
    plannedStart: isoDateSchema.optional(),
    /** a new planned end: a plan revision, needs `planReason`; required when the measure becomes delayed */
    plannedEnd: isoDateSchema.optional(),
    milestones: milestoneChangesSchema.optional(),
    /** shown to the public in the measure's history */
    comment: boundedText(1000).default(""),
    /** why the measure is delayed, paused or cancelled; required on entering one of those, public */
    reason: boundedText(500).default(""),
    /**
     * why planned dates (the measure's or a milestone's) move; public, in the history. Required for
     * every plan change; when empty, the status `reason` of the same update stands for it.
     */
    planReason: boundedText(500).default(""),
    /** for the council only */
    note: boundedText(2000).default(""),
    /** the current risk of the measure, for the council only; "" clears it */
    risk: boundedText(1000).optional(),
  })
  .refine((u) => !(u.status === "done" && u.progress !== undefined && u.progress !== 100), {
    path: ["progress"],
    message: "bei „umgesetzt“ muss der Fortschritt 100 % sein",
  });
export type MeasureUpdateRequest = z.infer<typeof measureUpdateRequestSchema>;

export const userRefSchema = z.object({ id: z.number().int(), name: z.string(), email: z.string() });
export type UserRef = z.infer<typeof userRefSchema>;

export const fieldChangeSchema = z.object({
  field: z.string(),
  from: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  to: z.union([z.string(), z.number(), z.boolean(), z.null()]),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const internalUpdateEntrySchema = z.object({
  id: z.number().int(),
  date: isoDateSchema,
  /** when it was saved in the tool; null for history imported with the seed */
  createdAt: z.string().nullable(),
  status: statusSchema,
  progress: z.number(),
  comment: z.string(),
  reason: z.string(),
  note: z.string(),
  author: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  changes: z.array(fieldChangeSchema),
});
export type InternalUpdateEntry = z.infer<typeof internalUpdateEntrySchema>;

/** What only leads (own measures), council and administrators see of a measure. */
export const measureInternalSchema = z.object({
  isPublic: z.boolean(),
  version: z.number().int(),
  risk: z.string(),
  lead: userRefSchema.nullable(),
  deputy: userRefSchema.nullable(),
  /** every update with its council note, author and what changed */
  updates: z.array(internalUpdateEntrySchema),
  /** whether the person asking may save an update */
  canUpdate: z.boolean(),
});
export type MeasureInternal = z.infer<typeof measureInternalSchema>;

/** GET /api/v1/measures/:code: public fields, plus `internal` for those allowed to see it. */
export const measureViewSchema = measureDetailSchema.extend({ internal: measureInternalSchema.optional() });
export type MeasureView = z.infer<typeof measureViewSchema>;

export const measureUpdateResponseSchema = z.object({ measure: measureViewSchema });

/** 409 body: the current state, so the form can show what the other person changed. */
export const measureConflictResponseSchema = z.object({
  error: z.object({ code: z.literal("conflict"), message: z.string() }),
  current: measureViewSchema,
});

/** GET /api/v1/me/measures: the measures a person leads or deputises, with what is due. */
export const myMeasureSchema = measureListItemSchema.extend({
  role: z.enum(["lead", "deputy"]),
  version: z.number().int(),
  daysSinceUpdate: z.number().int().nullable(),
  updateDue: z.boolean(),
});
export const myMeasuresResponseSchema = z.object({ items: z.array(myMeasureSchema), updateIntervalDays: z.number().int() });
export type MyMeasure = z.infer<typeof myMeasureSchema>;

/** POST /api/v1/kpis/:id/values */
export const kpiValueRequestSchema = z
  .object({
    date: isoDateSchema,
    value: z.number({ message: "Zahl erwartet" }).finite("Zahl erwartet"),
    sourceUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/, message: "vollständige http(s)-Adresse erwartet" })]).default(""),
    sourceLabel: boundedText(300).default(""),
    isExample: z.boolean().default(false),
    note: boundedText(500).default(""),
  })
  .refine((v) => v.sourceUrl !== "" || v.isExample, {
    path: ["sourceUrl"],
    message: "Quelle angeben oder als Beispieldaten markieren",
  });
export type KpiValueRequest = z.infer<typeof kpiValueRequestSchema>;
