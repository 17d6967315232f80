import { z } from "zod";
import { planChangeSchema } from "./api-schemas";
import { isoDateSchema } from "./enum-schemas";
import { signalSchema, statusSchema } from "./enum-schemas";
import { CHANGE_KINDS } from "./vocabulary";

/** GET /api/v1/changes: what changed between two dates, per field (by default since the last committee session). */
export const changesQuerySchema = z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() });

export const changeKindSchema = z.enum(CHANGE_KINDS);
export type ChangeKind = z.infer<typeof changeKindSchema>;

/** How many entries each list of GET /api/v1/changes carries at most; its `totals` say how many there are. */
export const CHANGES_SUMMARY_LIMIT = 50;
/** Entries per page of GET /api/v1/changes/list. */
export const CHANGES_PAGE_SIZE = 200;

/** GET /api/v1/changes/list: one list of one field in full, page by page. */
export const changesListQuerySchema = changesQuerySchema.extend({
  field: z.string().min(1).max(20),
  kind: changeKindSchema,
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

/** isPublic is false for a measure not marked public (signed-in readers only) */
const measureRef = { code: z.string(), title: z.string(), isPublic: z.boolean() };

/** A KPI value as the changes show it: with its source, or that it is example data. */
const kpiPointSchema = z.object({
  date: isoDateSchema,
  value: z.number(),
  sourceUrl: z.string().nullable(),
  sourceLabel: z.string(),
  isExample: z.boolean(),
});
export type KpiPoint = z.infer<typeof kpiPointSchema>;

/** The entry schema of each list. */
const changeItemSchemas = {
  statusChanges: z.object({ ...measureRef, date: isoDateSchema, from: statusSchema, to: statusSchema, reason: z.string() }),
  progressChanges: z.object({ ...measureRef, from: z.number(), to: z.number() }),
  completed: z.object({ ...measureRef, date: isoDateSchema }),
  becameLate: z.object({ ...measureRef, from: signalSchema, to: signalSchema }),
  /** a measure whose plan (own dates or a milestone's) was revised in the period, with the reasons */
  replanned: z.object({ ...measureRef, changes: z.array(planChangeSchema) }),
  becameStale: z.object({ ...measureRef, lastUpdate: isoDateSchema.nullable(), daysSinceUpdate: z.number().nullable() }),
  /**
   * a KPI with new values in the period: how many, the first and the latest of them and the value
   * before the period, each with what the KPI page shows beside it (its source, or example data)
   */
  newKpiValues: z.object({
    id: z.string(),
    title: z.string(),
    unit: z.string(),
    decimals: z.number().int(),
    count: z.number().int().positive(),
    first: kpiPointSchema,
    latest: kpiPointSchema,
    previous: kpiPointSchema.nullable(),
  }),
  /** the trend's value on the target date; `basedOnExample` when any value the trend is drawn through is example data */
  projectionTurned: z.object({
    id: z.string(),
    title: z.string(),
    unit: z.string(),
    decimals: z.number().int(),
    targetDate: isoDateSchema,
    valueAtTarget: z.number(),
    targetValue: z.number(),
    basedOnExample: z.boolean(),
  }),
  /** a council note written in the period: only for council members and administrators */
  internalNotes: z.object({ ...measureRef, date: isoDateSchema, note: z.string(), author: z.string().nullable() }),
} satisfies Record<ChangeKind, z.ZodTypeAny>;
export type ChangeItem<K extends ChangeKind> = z.infer<(typeof changeItemSchemas)[K]>;

/**
 * A field's changes. Each list holds at most CHANGES_SUMMARY_LIMIT entries, the first in its order;
 * `totals` has the full count of every list (of internal notes only where they are sent), and
 * GET /api/v1/changes/list pages through the rest: nothing is left out without saying so.
 */
export const fieldChangesSchema = z.object({
  code: z.string(),
  title: z.string(),
  statusChanges: z.array(changeItemSchemas.statusChanges),
  progressChanges: z.array(changeItemSchemas.progressChanges),
  completed: z.array(changeItemSchemas.completed),
  becameLate: z.array(changeItemSchemas.becameLate),
  replanned: z.array(changeItemSchemas.replanned),
  becameStale: z.array(changeItemSchemas.becameStale),
  newKpiValues: z.array(changeItemSchemas.newKpiValues),
  projectionTurned: z.array(changeItemSchemas.projectionTurned),
  internalNotes: z.array(changeItemSchemas.internalNotes).optional(),
  totals: z.object({
    statusChanges: z.number().int(),
    progressChanges: z.number().int(),
    completed: z.number().int(),
    becameLate: z.number().int(),
    replanned: z.number().int(),
    becameStale: z.number().int(),
    newKpiValues: z.number().int(),
    projectionTurned: z.number().int(),
    internalNotes: z.number().int().optional(),
  }),
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

const listPageSchema = <K extends ChangeKind>(kind: K) =>
  z.object({
    from: isoDateSchema,
    to: isoDateSchema,
    field: z.object({ code: z.string(), title: z.string() }),
    kind: z.literal(kind),
    /** progress changes smaller than this many points are left out */
    progressThreshold: z.number(),
    page: z.number().int(),
    pageSize: z.number().int(),
    /** entries in the whole list */
    total: z.number().int(),
    items: z.array(changeItemSchemas[kind] as (typeof changeItemSchemas)[K]),
  });

/** GET /api/v1/changes/list: a page of one list of a field's changes. */
export const changesListResponseSchema = z.discriminatedUnion("kind", [
  listPageSchema("statusChanges"),
  listPageSchema("progressChanges"),
  listPageSchema("completed"),
  listPageSchema("becameLate"),
  listPageSchema("replanned"),
  listPageSchema("becameStale"),
  listPageSchema("newKpiValues"),
  listPageSchema("projectionTurned"),
  listPageSchema("internalNotes"),
]);
export type ChangesListResponse = z.infer<typeof changesListResponseSchema>;
