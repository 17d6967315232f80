import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, FIXTURES } from "../testing";
import { readSeed, SeedError } from "./read-seed";
import { seedFromDir, seedIfEmpty } from "./write-seed";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A copy of the mini fixture with one file changed, to provoke one error. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "sm-seed-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(FIXTURES.mini, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    readSeed(dir);
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  }
  return [];
}

describe("readSeed", () => {
  it("reads the Essen demo data without problems", () => {
    const seed = readSeed(FIXTURES.essen);
    expect(seed.fields.map((f) => f.code)).toEqual(["HF1", "HF2", "HF3", "HF4", "HF5"]);
    expect(seed.measures.length).toBeGreaterThanOrEqual(40);
    expect(seed.kpis.length).toBeGreaterThanOrEqual(15);
  });

  it("names file, row and field for a bad CSV value", () => {
    const dir = brokenCopy("measure-updates.csv", (t) => t.replace("A-01,2024-06-20,in_progress,60", "A-01,2024-06-20,in_progress,160"));
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^measure-updates\.csv, Zeile 3, Feld progress: /)]);
  });

  it("names file, entry and field for a bad JSON value", () => {
    const dir = brokenCopy("measures.json", (t) => t.replace('"plannedEnd": "2024-12-31"', '"plannedEnd": "2024-13-31"'));
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^measures\.json, Eintrag 1 \(A-01\), Feld plannedEnd: /)]);
  });

  it("rejects references to unknown fields, measures and KPIs", () => {
    const dir = brokenCopy("measure-updates.csv", (t) => `${t}X-99,2024-01-01,planned,0,,\n`);
    expect(problemsOf(dir)).toEqual([expect.stringContaining("measure-updates.csv, Zeile 12, Feld measure: unbekannte Maßnahme X-99")]);
  });

  it("rejects an unsourced KPI value not marked as example data", () => {
    const dir = brokenCopy("kpi-values.csv", (t) => t.replace("online-services,2025-01-01,200,,,ja", "online-services,2025-01-01,200,,,nein"));
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^kpi-values\.csv, Zeile 3, Feld isExample: /)]);
  });

  it("rejects dates outside the strategy's horizon", () => {
    const dir = brokenCopy("measures.json", (t) => t.replace('"plannedStart": "2023-01-01"', '"plannedStart": "2019-01-01"'));
    expect(problemsOf(dir)).toEqual([expect.stringContaining("Feld plannedStart: liegt außerhalb des Zeitrahmens")]);
  });
});

describe("CSV files as a whole", () => {
  it("names a broken CSV file with the line counted from the start of the file", () => {
    const dir = brokenCopy("kpi-values.csv", (t) => t.replace("processing-days,2025-01-01,30,,,ja,", "processing-days,2025-01-01,30,,ja,"));
    expect(problemsOf(dir)).toEqual(["kpi-values.csv: keine gültige CSV-Datei (Invalid Record Length: columns length is 7, got 6 on line 5)"]);
  });

  it("names a missing column once, not every row", () => {
    const dir = brokenCopy("measure-updates.csv", (t) => t.replace("measure,date,status,progress,comment", "measure,datum,status,progress,comment"));
    expect(problemsOf(dir)).toEqual(["measure-updates.csv, Zeile 1: Spalte(n) fehlen: date"]);
  });
});

describe("encoding", () => {
  it("refuses a Latin-1 file, naming the file, the line and the byte", () => {
    const dir = brokenCopy("measure-updates.csv", (t) => t);
    const path = join(dir, "measure-updates.csv");
    const text = readFileSync(path, "utf8");
    writeFileSync(path, Buffer.from(text, "latin1"));
    const line = text.split("\n").findIndex((l) => /[^\x00-\x7f]/.test(l)) + 1;
    expect(problemsOf(dir)).toEqual([`measure-updates.csv, Zeile ${line}: Byte 0xE4 ist kein UTF-8 – bitte die Datei als UTF-8 speichern (z. B. in Excel „CSV UTF-8“)`]);
  });

  it("refuses a JSON file in Windows-1252 the same way", () => {
    const dir = brokenCopy("fields.json", (t) => t);
    const path = join(dir, "fields.json");
    writeFileSync(path, Buffer.from(readFileSync(path, "utf8"), "latin1"));
    expect(problemsOf(dir)[0]).toMatch(/^fields\.json, Zeile \d+: Byte 0x[0-9A-F]{2} ist kein UTF-8/);
  });
});

describe("plan-changes.csv", () => {
  const header = "measure,date,milestone,plannedStart,plannedEnd,plannedDate,reason\n";
  /** brokenCopy writes over an existing file; this one is new, so start from an empty file. */
  function withPlanChanges(rows: string): string {
    const dir = brokenCopy("measures.json", (t) => t);
    writeFileSync(join(dir, "plan-changes.csv"), header + rows);
    return dir;
  }

  it("applies revisions in date order over the baseline of measures.json", () => {
    const dir = withPlanChanges(
      "A-02,2026-07-01,,,2027-09-30,,Lieferant nennt neuen Termin\n" +
        "A-02,2026-06-30,,,2027-06-30,,Lieferant verspätet\n" +
        "A-01,2024-05-01,Pilot,,,2024-07-31,Pilot verlängert\n",
    );
    const { db, cleanup } = createTestDb(dir);
    cleanups.push(cleanup);
    expect(db.prepare("SELECT planned_end FROM measures WHERE code = 'A-02'").pluck().get()).toBe("2027-09-30");
    expect(db.prepare("SELECT p.date, p.planned_end, p.reason FROM measure_plans p JOIN measures m ON m.id = p.measure_id WHERE m.code = 'A-02' ORDER BY p.id").all()).toEqual([
      { date: "2023-02-15", planned_end: "2026-12-31", reason: "" },
      { date: "2026-06-30", planned_end: "2027-06-30", reason: "Lieferant verspätet" },
      { date: "2026-07-01", planned_end: "2027-09-30", reason: "Lieferant nennt neuen Termin" },
    ]);
    expect(db.prepare("SELECT planned_date FROM milestones WHERE title = 'Pilot'").pluck().get()).toBe("2024-07-31");
  });

  it("names row and field of a revision that does not hold", () => {
    const dir = withPlanChanges(
      "A-02,2026-06-30,,,2024-06-30,,Zu früh\n" +
        "X-99,2026-06-30,,,2027-06-30,,Unbekannt\n" +
        "A-01,2024-05-01,Gibt es nicht,,,2024-07-31,Falscher Titel\n" +
        "A-02,2022-06-30,,,2027-06-30,,Vor dem Beschluss\n",
    );
    expect(problemsOf(dir)).toEqual([
      "plan-changes.csv, Zeile 2, Feld plannedEnd: Ende läge vor dem Beginn (2025-01-01)",
      "plan-changes.csv, Zeile 3, Feld measure: unbekannte Maßnahme X-99",
      "plan-changes.csv, Zeile 4, Feld milestone: A-01 hat keinen Meilenstein „Gibt es nicht“",
      "plan-changes.csv, Zeile 5, Feld date: muss zwischen dem Beschluss (2023-02-15) und 2027-12-31 liegen",
    ]);
  });

  it("requires a reason for every revision", () => {
    const dir = withPlanChanges("A-02,2026-06-30,,,2027-06-30,,\n");
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^plan-changes\.csv, Zeile 2, Feld reason: /)]);
  });
});

describe("seedIfEmpty", () => {
  it("creates demo accounts only from demo-users.json; a city's own seed has none", () => {
    const demo = createTestDb(FIXTURES.mini);
    cleanups.push(demo.cleanup);
    expect(demo.db.prepare("SELECT COUNT(*) FROM users").pluck().get()).toBe(4);

    const dir = brokenCopy("demo-users.json", () => "[]");
    rmSync(join(dir, "demo-users.json"));
    const city = createTestDb(dir);
    cleanups.push(city.cleanup);
    expect(city.db.prepare("SELECT COUNT(*) FROM users").pluck().get()).toBe(0);
  });

  it("seeds an empty database once and keeps existing data on the next start", () => {
    const { db, cleanup } = createTestDb(null);
    cleanups.push(cleanup);
    expect(seedIfEmpty(db, FIXTURES.mini)).toEqual({ seeded: true });
    db.prepare("UPDATE strategy SET title = 'Geändert'").run();
    expect(seedIfEmpty(db, FIXTURES.mini)).toEqual({ seeded: false });
    expect(db.prepare("SELECT title FROM strategy").pluck().get()).toBe("Geändert");
    expect(db.prepare("SELECT COUNT(*) FROM measures").pluck().get()).toBe(5);
  });

  it("rolls back every row already written when a later row does not hold", () => {
    const { db, cleanup } = createTestDb(null);
    cleanups.push(cleanup);
    const schema = () => db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name").all();
    const before = schema();
    // The last KPI value names an unknown KPI: every update and value before it was written already.
    const dir = brokenCopy("kpi-values.csv", (t) => `${t}unbekannt,2025-01-01,1,,,ja,\n`);
    expect(() => seedFromDir(db, dir)).toThrow(SeedError);
    for (const table of ["strategy", "measures", "measure_updates", "kpi_values", "measure_search"]) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    expect(db.prepare("SELECT n FROM data_version").pluck().get()).toBe(1);
    expect(schema()).toEqual(before);
  });

  it("leaves the schema as the migrations made it: indexes and triggers are back", () => {
    const empty = createTestDb(null);
    cleanups.push(empty.cleanup);
    const seeded = createTestDb(FIXTURES.mini);
    cleanups.push(seeded.cleanup);
    const schema = (db: typeof empty.db) => db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").all();
    expect(schema(seeded.db)).toEqual(schema(empty.db));
  });

  it("writes nothing when the seed is invalid", () => {
    const { db, cleanup } = createTestDb(null);
    cleanups.push(cleanup);
    const dir = brokenCopy("kpis.json", (t) => t.replace('"direction": "lower"', '"direction": "down"'));
    expect(() => seedIfEmpty(db, dir)).toThrow(SeedError);
    expect(db.prepare("SELECT COUNT(*) FROM strategy").pluck().get()).toBe(0);
  });
});
