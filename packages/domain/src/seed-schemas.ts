import { z } from "zod";
import { isoDateSchema } from "./enum-schemas";
import { directionSchema, statusSchema } from "./enum-schemas";

/**
 * Shapes of the seed files under data/<strategy>/. A city loads its own strategy by writing these
 * files; the seed loader validates them with exactly these schemas before writing anything.
 */
export const codeSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, "Kürzel aus Buchstaben, Ziffern, - oder _ (max. 32 Zeichen)");
export const kpiIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "Kennung aus Kleinbuchstaben, Ziffern und - (max. 64 Zeichen)");
const text = (max: number) => z.string().trim().min(1, "darf nicht leer sein").max(max, `höchstens ${max} Zeichen`);
const urlSchema = z.url({ protocol: /^https?$/, message: "vollständige http(s)-Adresse erwartet" });
const vocabularyEntry = z.object({ key: codeSchema, label: text(80) });

export const strategyFileSchema = z
  .object({
    title: text(200),
    city: text(100),
    description: text(2000),
    adoptedOn: isoDateSchema,
    horizon: z.object({ start: isoDateSchema, end: isoDateSchema }),
    municipalityKey: z.string().regex(/^\d{8}$/, "achtstelliger Gemeindeschlüssel erwartet").optional(),
    dataLicence: z.object({ name: text(200), url: urlSchema }),
    updateIntervalDays: z.number().int().min(1).max(730).default(90),
    /** gaps in percentage points (actual minus planned) for the on-track signal */
    signalThresholds: z
      .object({ ahead: z.number(), onTrack: z.number(), behind: z.number() })
      .refine((t) => t.ahead > t.onTrack && t.onTrack > t.behind, { message: "erwartet ahead > onTrack > behind" })
      .default({ ahead: 10, onTrack: -10, behind: -25 }),
    sources: z.array(z.object({ label: text(200), url: urlSchema })).default([]),
    targetGroups: z.array(vocabularyEntry).min(1),
    topics: z.array(vocabularyEntry).default([]),
  })
  .refine((s) => s.horizon.end > s.horizon.start, { path: ["horizon", "end"], message: "Ende muss nach dem Beginn liegen" });
export type StrategyFile = z.infer<typeof strategyFileSchema>;

export const fieldFileEntrySchema = z.object({
  code: codeSchema,
  title: text(300),
  shortTitle: text(60),
  description: text(2000),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, "Farbe als #RRGGBB erwartet"),
});
export const fieldsFileSchema = z.array(fieldFileEntrySchema).min(1);
export type FieldFileEntry = z.infer<typeof fieldFileEntrySchema>;

export const milestoneFileEntrySchema = z.object({
  title: text(200),
  plannedDate: isoDateSchema,
  completedDate: isoDateSchema.nullable().default(null),
});

export const measureFileEntrySchema = z
  .object({
    code: codeSchema,
    field: codeSchema,
    title: text(200),
    summary: text(600),
    description: z.string().max(5000).default(""),
    department: z.string().max(200).default(""),
    plannedStart: isoDateSchema,
    plannedEnd: isoDateSchema,
    actualStart: isoDateSchema.nullable().default(null),
    actualEnd: isoDateSchema.nullable().default(null),
    targetGroups: z.array(codeSchema).default([]),
    topics: z.array(codeSchema).default([]),
    isPublic: z.boolean().default(true),
    /** internal: for council members and the measure's leads only */
    risk: z.string().max(2000).default(""),
    milestones: z.array(milestoneFileEntrySchema).default([]),
  })
  .refine((m) => m.plannedEnd >= m.plannedStart, { path: ["plannedEnd"], message: "Ende darf nicht vor dem Beginn liegen" })
  .refine((m) => !m.actualStart || !m.actualEnd || m.actualEnd >= m.actualStart, {
    path: ["actualEnd"],
    message: "Ende darf nicht vor dem Beginn liegen",
  });
export const measuresFileSchema = z.array(measureFileEntrySchema);
export type MeasureFileEntry = z.infer<typeof measureFileEntrySchema>;

/** One row of measure-updates.csv: the state of a measure as reported on a date. */
export const measureUpdateRowSchema = z
  .object({
    measure: codeSchema,
    date: isoDateSchema,
    status: statusSchema,
    progress: z.coerce.number().int("ganze Zahl erwartet").min(0, "mindestens 0").max(100, "höchstens 100"),
    comment: z.string().max(1000).default(""),
    /** why the measure was delayed, paused or cancelled with this update (optional column) */
    reason: z.string().max(1000).default(""),
    /** note for the council (optional column; internal, never public) */
    internalNote: z.string().max(2000).default(""),
  })
  .refine((u) => u.status !== "done" || u.progress === 100, {
    path: ["progress"],
    message: "eine umgesetzte Maßnahme hat den Fortschritt 100",
  });
export type MeasureUpdateRow = z.infer<typeof measureUpdateRowSchema>;

const optionalDate = z.union([z.literal("").transform(() => null), isoDateSchema]).default(null);

/**
 * One row of plan-changes.csv (optional file): a revision of the plan from `date` on. Without
 * `milestone` it moves the measure's planned start and/or end; with a milestone title it moves that
 * milestone's planned date (`plannedDate`). measures.json holds the plan as adopted (the baseline).
 */
export const planChangeRowSchema = z
  .object({
    measure: codeSchema,
    date: isoDateSchema,
    milestone: z.string().trim().max(200).default(""),
    plannedStart: optionalDate,
    plannedEnd: optionalDate,
    plannedDate: optionalDate,
    reason: text(1000),
  })
  .refine((r) => (r.milestone ? r.plannedDate !== null : r.plannedStart !== null || r.plannedEnd !== null), {
    path: ["plannedEnd"],
    message: "neues plannedStart/plannedEnd (Maßnahme) oder plannedDate (Meilenstein) angeben",
  })
  .refine((r) => !r.milestone || (r.plannedStart === null && r.plannedEnd === null), {
    path: ["milestone"],
    message: "eine Zeile ändert entweder die Maßnahme oder einen Meilenstein",
  });
export type PlanChangeRow = z.infer<typeof planChangeRowSchema>;

const yesNo = z
  .enum(["ja", "nein", "yes", "no", "true", "false", ""])
  .transform((v) => v === "ja" || v === "yes" || v === "true");

/** A KPI value is either sourced (URL) or explicitly example data; never neither. */
const sourcedOrExample = <T extends { sourceUrl?: string | null | undefined; isExample: boolean }>(v: T) =>
  Boolean(v.sourceUrl) || v.isExample;
const sourcedOrExampleIssue = { path: ["isExample"], message: "ein Wert ohne Quelle muss als Beispieldaten markiert sein" };

export const kpiFileEntrySchema = z.object({
  id: kpiIdSchema,
  field: codeSchema,
  measures: z.array(codeSchema).default([]),
  title: text(200),
  description: z.string().max(2000).default(""),
  unit: text(40),
  direction: directionSchema,
  decimals: z.number().int().min(0).max(3).default(0),
  frequency: z.string().max(60).default("jährlich"),
  baseline: z
    .object({
      date: isoDateSchema,
      value: z.number(),
      sourceUrl: urlSchema.nullable().default(null),
      isExample: z.boolean().default(false),
    })
    .refine(sourcedOrExample, sourcedOrExampleIssue),
  target: z.object({ date: isoDateSchema, value: z.number() }),
  interimTargets: z.array(z.object({ date: isoDateSchema, value: z.number() })).default([]),
});
export const kpisFileSchema = z.array(kpiFileEntrySchema);
export type KpiFileEntry = z.infer<typeof kpiFileEntrySchema>;

/** One row of kpi-values.csv. */
export const kpiValueRowSchema = z
  .object({
    kpi: kpiIdSchema,
    date: isoDateSchema,
    value: z.coerce.number({ message: "Zahl erwartet (Dezimalpunkt)" }).refine(Number.isFinite, "Zahl erwartet"),
    sourceUrl: z.union([z.literal("").transform(() => null), urlSchema]).default(null),
    sourceLabel: z.string().max(300).default(""),
    isExample: yesNo,
    note: z.string().max(500).default(""),
  })
  .refine(sourcedOrExample, sourcedOrExampleIssue);
export type KpiValueRow = z.infer<typeof kpiValueRowSchema>;

/** Column names of the CSV files, in the order a person edits them. */
export const MEASURE_UPDATE_COLUMNS = ["measure", "date", "status", "progress", "comment"] as const;
export const KPI_VALUE_COLUMNS = ["kpi", "date", "value", "sourceUrl", "sourceLabel", "isExample", "note"] as const;
export const PLAN_CHANGE_COLUMNS = ["measure", "date", "reason"] as const;

/** committee-sessions.json (optional): dates of the council committee's sessions. */
export const committeeSessionsFileSchema = z.array(z.object({ date: isoDateSchema, title: text(200) }));
export type CommitteeSessionEntry = z.infer<typeof committeeSessionsFileSchema>[number];

/**
 * demo-users.json (optional): accounts for a demo database only. A city's own seed leaves it out;
 * its first administrator is created with `npm run user:create`.
 */
export const demoUserEntrySchema = z.object({
  email: z.email({ message: "gültige E-Mail-Adresse erwartet" }),
  name: text(120),
  role: z.enum(["lead", "council", "admin"]),
  password: z.string().min(12, "mindestens 12 Zeichen"),
  leads: z.array(codeSchema).default([]),
  deputises: z.array(codeSchema).default([]),
});
export const demoUsersFileSchema = z.array(demoUserEntrySchema);
export type DemoUserEntry = z.infer<typeof demoUserEntrySchema>;
