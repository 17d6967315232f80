import { existsSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { notUtf8Problem, readUtf8 } from "./read-text";
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

/** CSV rows are numbered as a spreadsheet shows them: the header is row 1. */
function parseCsvFile<S extends z.ZodType>(
  dir: string,
  file: string,
  columns: readonly string[],
  schema: S,
  problems: string[],
): z.infer<S>[] {
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push(`${file}: Datei fehlt`);
    return [];
  }
  const read = readUtf8(path);
  if (!read.ok) {
    problems.push(notUtf8Problem(file, read));
    return [];
  }
  let records: Record<string, string>[];
  try {
    records = parseCsv(read.text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    problems.push(`${file}: keine gültige CSV-Datei (${(error as Error).message})`);
    return [];
  }
  const header = records[0] ? Object.keys(records[0]) : [];
  const missing = columns.filter((c) => !header.includes(c));
  if (records.length > 0 && missing.length > 0) {
    problems.push(`${file}, Zeile 1: Spalte(n) fehlen: ${missing.join(", ")}`);
    return [];
  }
  const rows: z.infer<S>[] = [];
  records.forEach((record, i) => {
    const result = schema.safeParse(record);
    if (result.success) rows.push(result.data);
    else problems.push(...describeIssues((p) => `${file}, Zeile ${i + 2}, Feld ${p.join(".")}`, result.error));
  });
  return rows;
}

/** Reads and validates every seed file of one strategy folder; throws SeedError listing all problems. */
export function readSeed(dir: string): SeedData {
  const problems: string[] = [];
  const strategy = parseJsonFile(dir, SEED_FILES.strategy, strategyFileSchema, "title", problems);
  const fields = parseJsonFile(dir, SEED_FILES.fields, fieldsFileSchema, "code", problems);
  const measures = parseJsonFile(dir, SEED_FILES.measures, measuresFileSchema, "code", problems);
  const kpis = parseJsonFile(dir, SEED_FILES.kpis, kpisFileSchema, "id", problems);
  const updates = parseCsvFile(dir, SEED_FILES.updates, MEASURE_UPDATE_COLUMNS, measureUpdateRowSchema, problems);
  const kpiValues = parseCsvFile(dir, SEED_FILES.kpiValues, KPI_VALUE_COLUMNS, kpiValueRowSchema, problems);
  const planChanges = existsSync(join(dir, SEED_FILES.planChanges))
    ? parseCsvFile(dir, SEED_FILES.planChanges, PLAN_CHANGE_COLUMNS, planChangeRowSchema, problems)
    : [];
  const demoUsers = existsSync(join(dir, SEED_FILES.demoUsers))
    ? parseJsonFile(dir, SEED_FILES.demoUsers, demoUsersFileSchema, "email", problems)
    : [];
  const committeeSessions = existsSync(join(dir, SEED_FILES.committeeSessions))
    ? parseJsonFile(dir, SEED_FILES.committeeSessions, committeeSessionsFileSchema, "date", problems)
    : [];
  if (problems.length > 0 || !strategy || !fields || !measures || !kpis || !demoUsers || !committeeSessions) {
    throw new SeedError(problems);
  }

  const data: SeedData = { strategy, fields, measures, updates, planChanges, kpis, kpiValues, demoUsers, committeeSessions };
  const crossProblems = checkReferences(data);
  if (crossProblems.length > 0) throw new SeedError(crossProblems);
  return data;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => (seen.has(v) ? true : (seen.add(v), false))))];
}

/** Rules that span files: references resolve, codes are unique, dates sit inside the horizon. */
export function checkReferences(data: SeedData): string[] {
  const problems: string[] = [];
  const { start, end } = data.strategy.horizon;
  const inHorizon = (d: string | null) => d === null || (d >= start && d <= end);
  const fieldCodes = new Set(data.fields.map((f) => f.code));
  const measureCodes = new Set(data.measures.map((m) => m.code));
  const kpiIds = new Set(data.kpis.map((k) => k.id));
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

  const seenUpdate = new Set<string>();
  data.updates.forEach((u, i) => {
    const where = `${SEED_FILES.updates}, Zeile ${i + 2}`;
    if (!measureCodes.has(u.measure)) problems.push(`${where}, Feld measure: unbekannte Maßnahme ${u.measure}`);
    if (!inHorizon(u.date)) problems.push(`${where}, Feld date: liegt außerhalb des Zeitrahmens ${start} bis ${end}`);
    const key = `${u.measure}@${u.date}`;
    if (seenUpdate.has(key)) problems.push(`${where}, Feld date: zweite Meldung für ${u.measure} am selben Tag`);
    seenUpdate.add(key);
  });

  problems.push(...checkPlanChanges(data));

  data.kpis.forEach((k, i) => {
    const where = `${SEED_FILES.kpis}, Eintrag ${i + 1} (${k.id})`;
    if (!fieldCodes.has(k.field)) problems.push(`${where}, Feld field: unbekanntes Handlungsfeld ${k.field}`);
    for (const m of k.measures) if (!measureCodes.has(m)) problems.push(`${where}, Feld measures: unbekannte Maßnahme ${m}`);
    if (k.target.date < k.baseline.date) problems.push(`${where}, Feld target.date: Zieldatum liegt vor der Ausgangsbasis`);
  });

  for (const d of duplicates(data.demoUsers.map((u) => u.email.toLowerCase()))) {
    problems.push(`${SEED_FILES.demoUsers}: E-Mail-Adresse ${d} doppelt`);
  }
  data.demoUsers.forEach((u, i) => {
    for (const code of [...u.leads, ...u.deputises]) {
      if (!measureCodes.has(code)) problems.push(`${SEED_FILES.demoUsers}, Eintrag ${i + 1} (${u.email}): unbekannte Maßnahme ${code}`);
    }
  });

  for (const d of duplicates(data.committeeSessions.map((s) => s.date))) {
    problems.push(`${SEED_FILES.committeeSessions}: Sitzung am ${d} doppelt`);
  }

  data.kpiValues.forEach((v, i) => {
    if (!kpiIds.has(v.kpi)) problems.push(`${SEED_FILES.kpiValues}, Zeile ${i + 2}, Feld kpi: unbekannte Kennzahl ${v.kpi}`);
  });
  return problems;
}

/**
 * Plan changes name a known measure (and milestone), sit inside the horizon, come after the
 * adoption, and leave a valid plan behind: the end never before the start.
 */
function checkPlanChanges(data: SeedData): string[] {
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
