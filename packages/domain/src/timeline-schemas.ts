import { z } from "zod";
import { milestoneSchema } from "./api-schemas";
import { isoDateSchema } from "./enum-schemas";
import { signalSchema, statusSchema } from "./enum-schemas";

/**
 * GET /api/v1/fields/:code/timeline: the measures of a field as planned and actual spans across
 * the strategy's horizon, for a Gantt chart. Actual dates and milestone completions later than
 * `asOf` are null, because on that date they had not happened yet. A page at a time (timelineQuerySchema).
 */
export const timelineMeasureSchema = z.object({
  code: z.string(),
  title: z.string(),
  status: statusSchema,
  signal: signalSchema,
  progress: z.number(),
  /** false for a measure not marked public (signed-in readers only) */
  isPublic: z.boolean(),
  plannedStart: isoDateSchema,
  plannedEnd: isoDateSchema,
  baseline: z.object({ start: isoDateSchema, end: isoDateSchema }),
  planRevisions: z.number().int().min(0),
  actualStart: isoDateSchema.nullable(),
  actualEnd: isoDateSchema.nullable(),
  milestones: z.array(milestoneSchema),
});
export type TimelineMeasure = z.infer<typeof timelineMeasureSchema>;

export const fieldTimelineSchema = z.object({
  field: z.object({ code: z.string(), title: z.string() }),
  horizon: z.object({ start: isoDateSchema, end: isoDateSchema }),
  /** the date the state refers to: the "Stand" marker of the chart */
  asOf: isoDateSchema,
  /** one page of the field's measures, by code */
  measures: z.array(timelineMeasureSchema),
  /** how many measures the field has in all */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type FieldTimeline = z.infer<typeof fieldTimelineSchema>;
