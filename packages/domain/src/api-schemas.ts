import { z } from "zod";
import { isoDateSchema } from "./enum-schemas";
import { codeSchema, kpiIdSchema } from "./seed-schemas";
import { searchNeedle } from "./search";
import { directionSchema, signalSchema, statusSchema } from "./enum-schemas";
import { FIELD_MEASURE_SORT_KEYS, MEASURE_SORT_KEYS, STATUS_KEYS } from "./vocabulary";

/**
 * Request and response shapes of the public read API. The server validates requests with these,
 * the tests check responses against them, and the web app gets its types from them via hc<AppType>.
 */


const statusCountsSchema = z.object(
  Object.fromEntries(STATUS_KEYS.map((k) => [k, z.number().int().min(0)])) as Record<
    (typeof STATUS_KEYS)[number],
    z.ZodNumber
  >,
);
export type StatusCounts = z.infer<typeof statusCountsSchema>;

export const progressSummarySchema = z.object({
  /** mean actual progress of the measures that count, 0–100; null when none counts */
  actual: z.number().nullable(),
  /** mean planned progress on the reference date */
  planned: z.number().nullable(),
  signal: signalSchema,
});

const vocabularyEntrySchema = z.object({ key: z.string(), label: z.string() });
const fieldRefSchema = z.object({ code: z.string(), title: z.string(), shortTitle: z.string() });
const measureRefSchema = z.object({ code: z.string(), title: z.string() });

export const fieldSummarySchema = z.object({
  code: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  description: z.string(),
  colour: z.string(),
  position: z.number().int(),
  progress: progressSummarySchema,
  statusCounts: statusCountsSchema,
  measureCount: z.number().int(),
  kpiCount: z.number().int(),
});
export type FieldSummary = z.infer<typeof fieldSummarySchema>;

export const strategyResponseSchema = z.object({
  title: z.string(),
  city: z.string(),
  description: z.string(),
  adoptedOn: isoDateSchema,
  horizon: z.object({ start: isoDateSchema, end: isoDateSchema }),
  /** the date the figures refer to (today, in the city's time zone) */
  asOf: isoDateSchema,
  municipalityKey: z.string().nullable(),
  dataLicence: z.object({ name: z.string(), url: z.string() }),
  updateIntervalDays: z.number().int(),
  signalThresholds: z.object({ ahead: z.number(), onTrack: z.number(), behind: z.number() }),
  sources: z.array(z.object({ label: z.string(), url: z.string() })),
  targetGroups: z.array(vocabularyEntrySchema),
  topics: z.array(vocabularyEntrySchema),
  progress: progressSummarySchema,
  statusCounts: statusCountsSchema,
  fields: z.array(fieldSummarySchema),
});
export type StrategyResponse = z.infer<typeof strategyResponseSchema>;

export const measureListItemSchema = z.object({
  code: z.string(),
  title: z.string(),
  summary: z.string(),
  field: fieldRefSchema,
  status: statusSchema,
  progress: z.number(),
  plannedProgress: z.number(),
  signal: signalSchema,
  /** why the measure is delayed, paused or cancelled (the reason given on entering that state); "" otherwise */
  statusReason: z.string(),
  /** false for a measure not marked public, which only signed-in readers get; anonymous readers only ever see true */
  isPublic: z.boolean(),
  /** the plan as it stood on the date read */
  plannedStart: isoDateSchema,
  plannedEnd: isoDateSchema,
  /** the plan as adopted (the first revision): shown beside a moved plan */
  baseline: z.object({ start: isoDateSchema, end: isoDateSchema }),
  /** how often the planned span was revised after the baseline, up to the date read */
  planRevisions: z.number().int().min(0),
  lastUpdate: isoDateSchema.nullable(),
  /** days from the last update to the date read; null when never updated */
  daysSinceUpdate: z.number().int().nullable(),
  /** the strategy's update interval has passed without an update (not for done or cancelled) */
  updateDue: z.boolean(),
  targetGroups: z.array(z.string()),
  topics: z.array(z.string()),
});
export type MeasureListItem = z.infer<typeof measureListItemSchema>;

export const measureListResponseSchema = z.object({
  items: z.array(measureListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type MeasureListResponse = z.infer<typeof measureListResponseSchema>;

export const kpiValueSchema = z.object({
  date: isoDateSchema,
  value: z.number(),
  sourceUrl: z.string().nullable(),
  sourceLabel: z.string(),
  isExample: z.boolean(),
  note: z.string(),
});
export type KpiValue = z.infer<typeof kpiValueSchema>;

export const kpiSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  unit: z.string(),
  direction: directionSchema,
  decimals: z.number().int(),
  field: fieldRefSchema,
  /** the public measures this KPI belongs to */
  measures: z.array(measureRefSchema),
  baseline: z.object({ date: isoDateSchema, value: z.number(), sourceUrl: z.string().nullable(), isExample: z.boolean() }),
  target: z.object({ date: isoDateSchema, value: z.number() }),
  latest: kpiValueSchema.nullable(),
  /** share of the way from baseline to target covered by the latest value, 0–1 */
  attainment: z.number().nullable(),
});
export type KpiSummary = z.infer<typeof kpiSummarySchema>;

/** Least-squares trend of the values projected to the target date (see projection.ts). */
export const kpiProjectionSchema = z.object({
  slopePerYear: z.number(),
  valueAtTarget: z.number(),
  reachesTarget: z.boolean(),
  dateReached: isoDateSchema.nullable(),
  line: z.tuple([
    z.object({ date: isoDateSchema, value: z.number() }),
    z.object({ date: isoDateSchema, value: z.number() }),
  ]),
});

/**
 * How a chart's series is sized. A KPI with few values draws each one ("value"); with more than a
 * chart can show, the last value of each month, quarter or year, whichever first gives few enough
 * points. Each point is a reported value with its own mark; the counts are of all values, so a
 * chart can say what it leaves out, and GET /kpis/:id/values pages through every one.
 */
export const seriesPeriodSchema = z.enum(["value", "month", "quarter", "year"]);
export type SeriesPeriod = z.infer<typeof seriesPeriodSchema>;
const seriesSizingSchema = z.object({
  pointsPer: seriesPeriodSchema,
  /** every value reported up to the date read, not only those drawn */
  valueCount: z.number().int().min(0),
  /** how many of them are example data */
  exampleValueCount: z.number().int().min(0),
});

export const kpiDetailSchema = kpiSummarySchema.extend({
  projection: kpiProjectionSchema.nullable(),
  frequency: z.string(),
  interimTargets: z.array(z.object({ date: isoDateSchema, value: z.number() })),
  /** the values the chart draws, oldest first: every one, or the last of each period (pointsPer) */
  values: z.array(kpiValueSchema),
  ...seriesSizingSchema.shape,
});
export type KpiDetail = z.infer<typeof kpiDetailSchema>;

export const kpiListResponseSchema = z.object({ items: z.array(kpiSummarySchema), total: z.number().int() });

/** A KPI with its dated values in short form, enough for a trend line beside the summary. */
export const kpiWithSeriesSchema = kpiSummarySchema.extend({
  /** sparkline-sized: every value, or the last of each period (pointsPer) */
  series: z.array(z.object({ date: isoDateSchema, value: z.number(), isExample: z.boolean() })),
  ...seriesSizingSchema.shape,
  /** the trend of all values, not only of those in the series */
  projection: kpiProjectionSchema.nullable(),
});
export type KpiWithSeries = z.infer<typeof kpiWithSeriesSchema>;

/** One page of a list with how many there are in all: nothing is cut off without saying so. */
const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const kpiValuePageSchema = pageOf(kpiValueSchema);
export type KpiValuePage = z.infer<typeof kpiValuePageSchema>;

/** A field with one page of its measures (sorted as asked) and one page of its KPIs. */
export const fieldDetailSchema = fieldSummarySchema.extend({
  measures: pageOf(measureListItemSchema),
  kpis: pageOf(kpiWithSeriesSchema),
});
export type FieldDetail = z.infer<typeof fieldDetailSchema>;

export const milestoneSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  /** as planned on the date read */
  plannedDate: isoDateSchema,
  /** as first planned (adopted, or when the milestone was added) */
  baselineDate: isoDateSchema,
  completedDate: isoDateSchema.nullable(),
});

/**
 * One dated change of the plan, public with its reason: the measure's start or end moved, or a
 * milestone's date moved (`from` null: the milestone was added then).
 */
export const planChangeSchema = z.object({
  date: isoDateSchema,
  subject: z.enum(["start", "end", "milestone"]),
  /** the milestone's title for subject "milestone" */
  milestone: z.string().nullable(),
  from: isoDateSchema.nullable(),
  to: isoDateSchema,
  reason: z.string(),
});
export type PlanChange = z.infer<typeof planChangeSchema>;

export const historyEntrySchema = z.object({
  date: isoDateSchema,
  status: statusSchema,
  progress: z.number(),
  comment: z.string(),
  /** why the measure was delayed, paused or cancelled with this update; "" otherwise */
  reason: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const measureDetailSchema = measureListItemSchema.extend({
  description: z.string(),
  department: z.string(),
  actualStart: isoDateSchema.nullable(),
  actualEnd: isoDateSchema.nullable(),
  milestones: z.array(milestoneSchema),
  history: z.array(historyEntrySchema),
  /** every change of the plan up to the date read, oldest first */
  planChanges: z.array(planChangeSchema),
  kpis: z.array(kpiSummarySchema),
});
export type MeasureDetail = z.infer<typeof measureDetailSchema>;

export const progressPointSchema = z.object({
  date: isoDateSchema,
  /** null for dates after today: the future has no actual progress yet */
  actual: z.number().nullable(),
  /** planned progress on this date by the plan as it stood on the date read (`today`) */
  planned: z.number().nullable(),
  /** planned progress on this date by the baseline, the plan as adopted */
  baseline: z.number().nullable(),
});
export const progressSeriesSchema = z.object({
  field: z.string().nullable(),
  today: isoDateSchema,
  points: z.array(progressPointSchema),
});
export type ProgressSeries = z.infer<typeof progressSeriesSchema>;

// Query parameters. Messages are German because the web app shows them to people.

/**
 * `asOf=YYYY-MM-DD` on every read route: the state as it was recorded on that date, rebuilt from
 * the history. The server also checks it lies inside the horizon and not in the future.
 */
export const asOfSchema = isoDateSchema.optional();
export const readQuerySchema = z.object({ asOf: asOfSchema });


/**
 * Search text `q`: trimmed, empty means no search. Text without a single letter or digit (only
 * control characters, quotes, `*` …) has nothing to search for and is refused rather than read
 * as "everything".
 */
const searchTextSchema = z
  .string()
  .trim()
  .max(100, "Suchtext höchstens 100 Zeichen")
  .refine((q) => q === "" || searchNeedle(q) !== null, "Suchtext braucht mindestens einen Buchstaben oder eine Ziffer")
  .optional();

export const measureListQuerySchema = z.object({
  field: codeSchema.optional(),
  status: statusSchema.optional(),
  targetGroup: codeSchema.optional(),
  topic: codeSchema.optional(),
  q: searchTextSchema,
  /** only measures whose update is overdue (the council's list of stale measures) */
  updateDue: z.enum(["true", "false"]).optional(),
  /** without it: by relevance when searching, else by code */
  sort: z.enum(MEASURE_SORT_KEYS).optional(),
  order: z.enum(["asc", "desc"]).default("asc"),
  page: z.coerce.number().int("ganze Zahl erwartet").min(1, "Seite muss mindestens 1 sein").default(1),
  pageSize: z.coerce.number().int("ganze Zahl erwartet").min(1).max(100, "höchstens 100 Einträge je Seite").default(50),
  asOf: asOfSchema,
});
export type MeasureListQuery = z.infer<typeof measureListQuerySchema>;

/** Without `q` the KPIs come in the order of their fields; with it, best matches first. */
export const kpiListQuerySchema = z.object({ field: codeSchema.optional(), q: searchTextSchema, asOf: asOfSchema });
export const progressQuerySchema = z.object({ field: codeSchema.optional(), asOf: asOfSchema });

const pageNumber = z.coerce.number().int("ganze Zahl erwartet").min(1, "Seite muss mindestens 1 sein").default(1);
const pageSizeOf = (max: number, fallback: number) =>
  z.coerce.number().int("ganze Zahl erwartet").min(1).max(max, `höchstens ${max} Einträge je Seite`).default(fallback);

/**
 * GET /fields/:code: which page of the field's measures, sorted how (in SQL, the code breaks ties),
 * and which page of its KPIs. The default page sizes hold every measure and KPI of the demo's fields.
 */
export const fieldQuerySchema = z.object({
  page: pageNumber,
  pageSize: pageSizeOf(100, 50),
  sort: z.enum(FIELD_MEASURE_SORT_KEYS).default("code"),
  order: z.enum(["asc", "desc"]).default("asc"),
  kpiPage: pageNumber,
  kpiPageSize: pageSizeOf(48, 24),
  asOf: asOfSchema,
});
export type FieldQuery = z.infer<typeof fieldQuerySchema>;

/** GET /fields/:code/timeline: a page of the Gantt chart's rows, by code. */
export const timelineQuerySchema = z.object({ page: pageNumber, pageSize: pageSizeOf(100, 50), asOf: asOfSchema });
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;

/** GET /kpis/:id/values: every value of a KPI up to asOf, newest first, a page at a time. */
export const kpiValuesQuerySchema = z.object({ page: pageNumber, pageSize: pageSizeOf(500, 50), asOf: asOfSchema });
export type KpiValuesQuery = z.infer<typeof kpiValuesQuerySchema>;

export const codeParamSchema = z.object({ code: codeSchema });
export const kpiIdParamSchema = z.object({ id: kpiIdSchema });
