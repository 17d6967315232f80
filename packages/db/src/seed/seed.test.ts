import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, FIXTURES } from "../testing";
import { readSeed, SeedError } from "./read-seed";
import { seedIfEmpty } from "./write-seed";

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

  it("writes nothing when the seed is invalid", () => {
    const { db, cleanup } = createTestDb(null);
    cleanups.push(cleanup);
    const dir = brokenCopy("kpis.json", (t) => t.replace('"direction": "lower"', '"direction": "down"'));
    expect(() => seedIfEmpty(db, dir)).toThrow(SeedError);
    expect(db.prepare("SELECT COUNT(*) FROM strategy").pluck().get()).toBe(0);
  });
});
