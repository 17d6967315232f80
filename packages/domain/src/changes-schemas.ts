import { z } from "zod";
import { planChangeSchema } from "./api-schemas";
import { isoDateSchema } from "./enum-schemas";
import { signalSchema, statusSchema } from "./enum-schemas";

/** GET /api/v1/changes: what changed between two dates, per field (by default since the last committee session). */
export const changesQuerySchema = z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() });

/** isPublic is false for a measure not marked public (signed-in readers only) */
const measureRef = { code: z.string(), title: z.string(), isPublic: z.boolean() };

export const fieldChangesSchema = z.object({
  code: z.string(),
  title: z.string(),
  statusChanges: z.array(z.object({ ...measureRef, date: isoDateSchema, from: statusSchema, to: statusSchema, reason: z.string() })),
  progressChanges: z.array(z.object({ ...measureRef, from: z.number(), to: z.number() })),
  completed: z.array(z.object({ ...measureRef, date: isoDateSchema })),
  becameLate: z.array(z.object({ ...measureRef, from: signalSchema, to: signalSchema })),
  /** measures whose plan (own dates or a milestone's) was revised in the period, with the reasons */
  replanned: z.array(z.object({ ...measureRef, changes: z.array(planChangeSchema) })),
  becameStale: z.array(z.object({ ...measureRef, lastUpdate: isoDateSchema.nullable(), daysSinceUpdate: z.number().nullable() })),
  /** each new value with what the KPI page shows beside it: its source, or that it is example data */
  newKpiValues: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      unit: z.string(),
      decimals: z.number().int(),
      date: isoDateSchema,
      value: z.number(),
      sourceUrl: z.string().nullable(),
      sourceLabel: z.string(),
      isExample: z.boolean(),
    }),
  ),
  /** the trend's value on the target date; `basedOnExample` when any value the trend is drawn through is example data */
  projectionTurned: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      unit: z.string(),
      decimals: z.number().int(),
      targetDate: isoDateSchema,
      valueAtTarget: z.number(),
      targetValue: z.number(),
      basedOnExample: z.boolean(),
    }),
  ),
  /** council notes written in the period: only for council members and administrators */
  internalNotes: z.array(z.object({ ...measureRef, date: isoDateSchema, note: z.string(), author: z.string().nullable() })).optional(),
});
export type FieldChanges = z.infer<typeof fieldChangesSchema>;

export const changesResponseSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  /** the committee session the period starts at, when the default period is used */
  since: z.object({ date: isoDateSchema, title: z.string() }).nullable(),
  /** progress changes smaller than this many points are left out */
  progressThreshold: z.number(),
  fields: z.array(fieldChangesSchema),
});
export type ChangesResponse = z.infer<typeof changesResponseSchema>;
