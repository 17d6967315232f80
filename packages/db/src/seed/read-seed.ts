import { existsSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { CSV_OPTIONS, readCsvPieces } from "./csv-pieces";
import { notUtf8Problem, readUtf8, readUtf8Bytes } from "./read-text";
import type { z } from "zod";
import {
  fieldsFileSchema,
  kpisFileSchema,
  kpiValueRowSchema,
  measuresFileSchema,
  measureUpdateRowSchema,
  strategyFileSchema,
  KPI_VALUE_COLUMNS,
  MEASURE_UPDATE_COLUMNS,
  PLAN_CHANGE_COLUMNS,
  planChangeRowSchema,
  type PlanChangeRow,
  type FieldFileEntry,
  type KpiFileEntry,
  type KpiValueRow,
  type MeasureFileEntry,
  type MeasureUpdateRow,
  type StrategyFile,
  demoUsersFileSchema,
  committeeSessionsFileSchema,
  type CommitteeSessionEntry,
  type DemoUserEntry,
} from "@sm/domain";

export interface SeedData {
  strategy: StrategyFile;
  fields: FieldFileEntry[];
  measures: MeasureFileEntry[];
  updates: MeasureUpdateRow[];
  /** revisions of the plan after adoption; empty when plan-changes.csv is absent */
  planChanges: PlanChangeRow[];
  kpis: KpiFileEntry[];
  kpiValues: KpiValueRow[];
  /** accounts of a demo database; empty for a real city's seed */
  demoUsers: DemoUserEntry[];
  /** dates of the committee's sessions; empty when the file is absent */
  committeeSessions: CommitteeSessionEntry[];
}

/** Everything but the two files that grow with the years (updates, KPI values): small enough to hold. */
export type SeedHead = Omit<SeedData, "updates" | "kpiValues">;

/** Where the rows of the two large CSV files go, one at a time, once they hold. */
export interface SeedRowSink {
  update(row: MeasureUpdateRow): void;
  kpiValue(row: KpiValueRow): void;
}

export interface SeedCounts {
  updates: number;
  kpiValues: number;
}

/** A seed file that does not hold; `problems` name file, entry or row, and field, one per line. */
export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`Seed-Daten ungültig:\n  ${problems.join("\n  ")}`);
    this.name = "SeedError";
  }
}

export const SEED_FILES = {
  strategy: "strategy.json",
  fields: "fields.json",
  measures: "measures.json",
  updates: "measure-updates.csv",
  planChanges: "plan-changes.csv",
  kpis: "kpis.json",
  kpiValues: "kpi-values.csv",
  demoUsers: "demo-users.json",
  committeeSessions: "committee-sessions.json",
} as const;

function describeIssues(where: (path: PropertyKey[]) => string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${where(issue.path)}: ${issue.message}`);
}

function readJson(dir: string, file: string, problems: string[]): unknown {
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push(`${file}: Datei fehlt`);
    return undefined;
  }
  const read = readUtf8(path);
  if (!read.ok) {
    problems.push(notUtf8Problem(file, read));
    return undefined;
  }
  try {
    return JSON.parse(read.text);
  } catch (error) {
    problems.push(`${file}: kein gültiges JSON (${(error as Error).message})`);
    return undefined;
  }
}

/** Names a JSON path as "entry 3 (HF1-03), field plannedEnd" so a person can find it in the file. */
function jsonWhere(file: string, data: unknown, keyProp: string) {
  return (path: PropertyKey[]) => {
    const [index, ...rest] = path;
    if (typeof index !== "number") return `${file}, Feld ${path.join(".") || "(Datei)"}`;
    const entry = Array.isArray(data) ? (data[index] as Record<string, unknown> | undefined) : undefined;
    const key = entry && typeof entry[keyProp] === "string" ? ` (${entry[keyProp]})` : "";
    return `${file}, Eintrag ${index + 1}${key}, Feld ${rest.join(".") || "(Eintrag)"}`;
  };
}

function parseJsonFile<S extends z.ZodType>(
  dir: string,
  file: string,
  schema: S,
  keyProp: string,
  problems: string[],
): z.infer<S> | undefined {
  const raw = readJson(dir, file, problems);
  if (raw === undefined) return undefined;
  const result = schema.safeParse(raw);
  if (!result.success) {
    problems.push(...describeIssues(jsonWhere(file, raw, keyProp), result.error));
    return undefined;
  }
  return result.data;
}

/**
 * Hands every row of a CSV file that fits its schema to onRow, one at a time: the rows are never
 * held together. Rows are numbered as a spreadsheet shows them: the header is row 1. A file that is
 * not UTF-8, not CSV or lacks a column is one problem, as if no row had been read.
 */
function forEachCsvRow<S extends z.ZodType>(
  dir: string,
  file: string,
  columns: readonly string[],
  schema: S,
  problems: string[],
  onRow: (row: z.infer<S>, line: number) => void,
): void {
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push(`${file}: Datei fehlt`);
    return;
  }
  const before = problems.length;
  let line = 1;
  let missing: string[] | undefined;
  const read = readCsvPieces(path, (records) => {
    for (const record of records) {
      missing ??= columns.filter((c) => !Object.hasOwn(record, c));
      if (missing.length > 0) return false;
      line++;
      const result = schema.safeParse(record);
      if (result.success) onRow(result.data, line);
      else problems.push(...describeIssues((p) => `${file}, Zeile ${line}, Feld ${p.join(".")}`, result.error));
    }
  });
  if (read && !missing?.length) return;
  problems.length = before;
  problems.push(wholeFileProblem(dir, file, columns));
}

/**
 * The one problem of a CSV file that cannot be read row by row, found as reading it whole finds it:
 * not UTF-8 before not CSV before a missing column, with lines counted from the start of the file.
 */
function wholeFileProblem(dir: string, file: string, columns: readonly string[]): string {
  const read = readUtf8Bytes(join(dir, file));
  if (!read.ok) return notUtf8Problem(file, read);
  let first: Record<string, string> | undefined;
  try {
    parseCsv(read.bytes, { ...CSV_OPTIONS, on_record: (record: Record<string, string>) => void (first ??= record) });
  } catch (error) {
    return `${file}: keine gültige CSV-Datei (${(error as Error).message})`;
  }
  const missing = first ? columns.filter((c) => !Object.hasOwn(first!, c)) : [];
  if (missing.length > 0) return `${file}, Zeile 1: Spalte(n) fehlen: ${missing.join(", ")}`;
  throw new Error(`${file}: stückweise gelesen ungültig, am Stück gelesen gültig`);
}

function parseCsvFile<S extends z.ZodType>(
  dir: string,
  file: string,
  columns: readonly string[],
  schema: S,
  problems: string[],
): z.infer<S>[] {
  const rows: z.infer<S>[] = [];
  forEachCsvRow(dir, file, columns, schema, problems, (row) => rows.push(row));
  return rows;
}

export interface OpenedSeed {
  /** The small files, checked on their own and against each other; undefined when they do not hold. */
  head: SeedHead | undefined;
  /**
   * Reads measure-updates.csv and kpi-values.csv row by row and hands each row to the sink as long
   * as the whole seed holds so far; throws SeedError listing every problem of every file at the end.
   */
  readRows(sink: SeedRowSink): SeedCounts;
}

/**
 * Reads and checks the small files of a strategy folder now and the two large ones when asked, so
 * a writer can take every row as it is read. The problems are the same, in the same order, as if
 * every file had been read at once: first each file against its schema, and only when all of them
 * fit, the rules that span files.
 */
export function openSeed(dir: string): OpenedSeed {
  const early: string[] = [];
  const strategy = parseJsonFile(dir, SEED_FILES.strategy, strategyFileSchema, "title", early);
  const fields = parseJsonFile(dir, SEED_FILES.fields, fieldsFileSchema, "code", early);
  const measures = parseJsonFile(dir, SEED_FILES.measures, measuresFileSchema, "code", early);
  const kpis = parseJsonFile(dir, SEED_FILES.kpis, kpisFileSchema, "id", early);
  const late: string[] = [];
  const planChanges = existsSync(join(dir, SEED_FILES.planChanges))
    ? parseCsvFile(dir, SEED_FILES.planChanges, PLAN_CHANGE_COLUMNS, planChangeRowSchema, late)
    : [];
  const demoUsers = existsSync(join(dir, SEED_FILES.demoUsers))
    ? parseJsonFile(dir, SEED_FILES.demoUsers, demoUsersFileSchema, "email", late)
    : [];
  const committeeSessions = existsSync(join(dir, SEED_FILES.committeeSessions))
    ? parseJsonFile(dir, SEED_FILES.committeeSessions, committeeSessionsFileSchema, "date", late)
    : [];
  const parsed =
    early.length === 0 && late.length === 0 && strategy && fields && measures && kpis && demoUsers && committeeSessions
      ? { strategy, fields, measures, planChanges, kpis, demoUsers, committeeSessions }
      : undefined;
  const cross = parsed ? checkHead(parsed) : { beforeUpdates: [], afterUpdates: [] };
  const head = parsed && cross.beforeUpdates.length === 0 && cross.afterUpdates.length === 0 ? parsed : undefined;

  return {
    head,
    readRows(sink) {
      const counts: SeedCounts = { updates: 0, kpiValues: 0 };
      const rules = parsed ? rowRules(parsed) : undefined;
      const updateProblems: string[] = [];
      const updateCross: string[] = [];
      forEachCsvRow(dir, SEED_FILES.updates, MEASURE_UPDATE_COLUMNS, measureUpdateRowSchema, updateProblems, (row, line) => {
        counts.updates++;
        if (!rules) return;
        rules.update(row, line, updateCross);
        if (head && updateProblems.length === 0 && updateCross.length === 0) sink.update(row);
      });
      const valueProblems: string[] = [];
      const valueCross: string[] = [];
      const updatesHold = updateProblems.length === 0 && updateCross.length === 0;
      forEachCsvRow(dir, SEED_FILES.kpiValues, KPI_VALUE_COLUMNS, kpiValueRowSchema, valueProblems, (row, line) => {
        counts.kpiValues++;
        if (!rules) return;
        rules.kpiValue(row, line, valueCross);
        if (head && updatesHold && valueProblems.length === 0 && valueCross.length === 0) sink.kpiValue(row);
      });
      const problems = [...early, ...updateProblems, ...valueProblems, ...late];
      if (problems.length > 0 || !parsed) throw new SeedError(problems);
      const crossProblems = [...cross.beforeUpdates, ...updateCross, ...cross.afterUpdates, ...valueCross];
      if (crossProblems.length > 0) throw new SeedError(crossProblems);
      return counts;
    },
  };
}

/** Reads and validates every seed file of one strategy folder into memory; throws SeedError listing all problems. */
export function readSeed(dir: string): SeedData {
  const seed = openSeed(dir);
  const updates: MeasureUpdateRow[] = [];
  const kpiValues: KpiValueRow[] = [];
  seed.readRows({ update: (row) => updates.push(row), kpiValue: (row) => kpiValues.push(row) });
  return { ...seed.head!, updates, kpiValues };
}

/** Validates a strategy folder without holding its rows: what `npm run seed:check` reports. */
export function checkSeed(dir: string): SeedHead & SeedCounts {
  const seed = openSeed(dir);
  const counts = seed.readRows({ update: () => {}, kpiValue: () => {} });
  return { ...seed.head!, ...counts };
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => (seen.has(v) ? true : (seen.add(v), false))))];
}

const inHorizonOf = ({ start, end }: { start: string; end: string }) => (d: string | null) =>
  d === null || (d >= start && d <= end);

/**
 * Rules of the small files that span files: references resolve, codes are unique, dates sit inside
 * the horizon. Split where the rows of measure-updates.csv are reported between them.
 */
function checkHead(data: SeedHead): { beforeUpdates: string[]; afterUpdates: string[] } {
  const problems: string[] = [];
  const { start, end } = data.strategy.horizon;
  const inHorizon = inHorizonOf(data.strategy.horizon);
  const fieldCodes = new Set(data.fields.map((f) => f.code));
  const measureCodes = new Set(data.measures.map((m) => m.code));
  const groups = new Set(data.strategy.targetGroups.map((g) => g.key));
  const topics = new Set(data.strategy.topics.map((t) => t.key));

  for (const d of duplicates(data.fields.map((f) => f.code))) problems.push(`${SEED_FILES.fields}: Kürzel ${d} doppelt`);
  for (const d of duplicates(data.measures.map((m) => m.code))) problems.push(`${SEED_FILES.measures}: Kürzel ${d} doppelt`);
  for (const d of duplicates(data.kpis.map((k) => k.id))) problems.push(`${SEED_FILES.kpis}: Kennung ${d} doppelt`);

  data.measures.forEach((m, i) => {
    const where = `${SEED_FILES.measures}, Eintrag ${i + 1} (${m.code})`;
    if (!fieldCodes.has(m.field)) problems.push(`${where}, Feld field: unbekanntes Handlungsfeld ${m.field}`);
    for (const g of m.targetGroups) if (!groups.has(g)) problems.push(`${where}, Feld targetGroups: unbekannte Zielgruppe ${g}`);
    for (const t of m.topics) if (!topics.has(t)) problems.push(`${where}, Feld topics: unbekanntes Querschnittsthema ${t}`);
    for (const key of ["plannedStart", "plannedEnd", "actualStart", "actualEnd"] as const) {
      if (!inHorizon(m[key])) problems.push(`${where}, Feld ${key}: liegt außerhalb des Zeitrahmens ${start} bis ${end}`);
    }
    m.milestones.forEach((ms, j) => {
      if (!inHorizon(ms.plannedDate)) problems.push(`${where}, Feld milestones.${j}.plannedDate: außerhalb des Zeitrahmens`);
    });
  });

  const after: string[] = [];
  after.push(...checkPlanChanges(data));

  data.kpis.forEach((k, i) => {
    const where = `${SEED_FILES.kpis}, Eintrag ${i + 1} (${k.id})`;
    if (!fieldCodes.has(k.field)) after.push(`${where}, Feld field: unbekanntes Handlungsfeld ${k.field}`);
    for (const m of k.measures) if (!measureCodes.has(m)) after.push(`${where}, Feld measures: unbekannte Maßnahme ${m}`);
    if (k.target.date < k.baseline.date) after.push(`${where}, Feld target.date: Zieldatum liegt vor der Ausgangsbasis`);
  });

  for (const d of duplicates(data.demoUsers.map((u) => u.email.toLowerCase()))) {
    after.push(`${SEED_FILES.demoUsers}: E-Mail-Adresse ${d} doppelt`);
  }
  data.demoUsers.forEach((u, i) => {
    for (const code of [...u.leads, ...u.deputises]) {
      if (!measureCodes.has(code)) after.push(`${SEED_FILES.demoUsers}, Eintrag ${i + 1} (${u.email}): unbekannte Maßnahme ${code}`);
    }
  });

  for (const d of duplicates(data.committeeSessions.map((s) => s.date))) {
    after.push(`${SEED_FILES.committeeSessions}: Sitzung am ${d} doppelt`);
  }
  return { beforeUpdates: problems, afterUpdates: after };
}

/** The rules that span files for one row of measure-updates.csv or kpi-values.csv at a time. */
function rowRules(data: SeedHead) {
  const { start, end } = data.strategy.horizon;
  const inHorizon = inHorizonOf(data.strategy.horizon);
  const measureCodes = new Set(data.measures.map((m) => m.code));
  const kpiIds = new Set(data.kpis.map((k) => k.id));
  const seenUpdate = new Set<string>();
  return {
    update(u: MeasureUpdateRow, line: number, problems: string[]): void {
      const where = `${SEED_FILES.updates}, Zeile ${line}`;
      if (!measureCodes.has(u.measure)) problems.push(`${where}, Feld measure: unbekannte Maßnahme ${u.measure}`);
      if (!inHorizon(u.date)) problems.push(`${where}, Feld date: liegt außerhalb des Zeitrahmens ${start} bis ${end}`);
      const key = `${u.measure}@${u.date}`;
      if (seenUpdate.has(key)) problems.push(`${where}, Feld date: zweite Meldung für ${u.measure} am selben Tag`);
      seenUpdate.add(key);
    },
    kpiValue(v: KpiValueRow, line: number, problems: string[]): void {
      if (!kpiIds.has(v.kpi)) problems.push(`${SEED_FILES.kpiValues}, Zeile ${line}, Feld kpi: unbekannte Kennzahl ${v.kpi}`);
    },
  };
}

/**
 * Plan changes name a known measure (and milestone), sit inside the horizon, come after the
 * adoption, and leave a valid plan behind: the end never before the start.
 */
function checkPlanChanges(data: SeedHead): string[] {
  // Checked in date order, as the database applies them; reported in line order, as a person reads the file.
  const found: { line: number; text: string }[] = [];
  const { start, end } = data.strategy.horizon;
  const byCode = new Map(data.measures.map((m) => [m.code, m]));
  const spans = new Map(data.measures.map((m) => [m.code, { start: m.plannedStart, end: m.plannedEnd }]));
  const rows = data.planChanges.map((row, i) => ({ row, line: i + 2 }));
  rows.sort((a, b) => a.row.date.localeCompare(b.row.date) || a.line - b.line);
  for (const { row, line } of rows) {
    const where = `${SEED_FILES.planChanges}, Zeile ${line}`;
    const report = (text: string) => found.push({ line, text });
    const measure = byCode.get(row.measure);
    if (!measure) {
      report(`${where}, Feld measure: unbekannte Maßnahme ${row.measure}`);
      continue;
    }
    if (row.date < data.strategy.adoptedOn || row.date > end) {
      report(`${where}, Feld date: muss zwischen dem Beschluss (${data.strategy.adoptedOn}) und ${end} liegen`);
    }
    for (const key of ["plannedStart", "plannedEnd", "plannedDate"] as const) {
      const d = row[key];
      if (d !== null && (d < start || d > end)) report(`${where}, Feld ${key}: liegt außerhalb des Zeitrahmens ${start} bis ${end}`);
    }
    if (row.milestone) {
      if (!measure.milestones.some((ms) => ms.title === row.milestone)) {
        report(`${where}, Feld milestone: ${row.measure} hat keinen Meilenstein „${row.milestone}“`);
      }
      continue;
    }
    const span = spans.get(row.measure)!;
    const next = { start: row.plannedStart ?? span.start, end: row.plannedEnd ?? span.end };
    if (next.end < next.start) report(`${where}, Feld plannedEnd: Ende läge vor dem Beginn (${next.start})`);
    else if (next.start === span.start && next.end === span.end) report(`${where}: ändert den Plan nicht`);
    spans.set(row.measure, next);
  }
  return found.sort((a, b) => a.line - b.line).map((p) => p.text);
}
