import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { searchNeedle } from "@sm/domain";
import { openDatabase, type Db } from "./connection";
import { migrate } from "./migrate";
import { ftsMatch, KPI_SEARCH_COLUMNS, MEASURE_SEARCH_COLUMNS } from "./queries/search";

const dirs: string[] = [];
function tempDb(): Db {
  const dir = mkdtempSync(join(tmpdir(), "sm-search-"));
  dirs.push(dir);
  return openDatabase(join(dir, "db.sqlite"));
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Ids the FTS index finds for a query, straight from the index. */
function found(db: Db, table: "measure_search" | "kpi_search", query: string): number[] {
  const needle = searchNeedle(query)!;
  const match = ftsMatch(needle, table === "measure_search" ? MEASURE_SEARCH_COLUMNS : KPI_SEARCH_COLUMNS);
  return db
    .prepare<[string], { rowid: number }>(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`)
    .all(match)
    .map((r) => r.rowid);
}

function insertField(db: Db) {
  db.prepare("INSERT INTO fields (code, title, short_title, description, colour, position) VALUES ('A', 'Feld', 'Feld', '', '#000', 0)").run();
}
function insertMeasure(db: Db, code: string, title: string, description = "") {
  return Number(
    db
      .prepare(
        `INSERT INTO measures (code, field_id, title, summary, description, planned_start, planned_end)
         VALUES (?, (SELECT id FROM fields WHERE code = 'A'), ?, '', ?, '2024-01-01', '2025-01-01')`,
      )
      .run(code, title, description).lastInsertRowid,
  );
}

describe("search index", () => {
  it("is built by the migration for measures and KPIs a database held before", () => {
    const db = tempDb();
    // The schema as it was before search existed.
    migrate(db, { upTo: 5 });
    insertField(db);
    const id = insertMeasure(db, "A-01", "Open-Data-Portal", "Daten der Bürgerämter");
    db.prepare(
      `INSERT INTO kpis (slug, field_id, title, unit, direction, baseline_date, baseline_value, position)
       VALUES ('datasets', (SELECT id FROM fields WHERE code = 'A'), 'Offene Datensätze', 'Anzahl', 'higher', '2023-01-01', 1, 0)`,
    ).run();
    migrate(db);
    expect(found(db, "measure_search", "Open Data")).toEqual([id]);
    expect(found(db, "measure_search", "buergeraemter")).toEqual([id]);
    expect(found(db, "kpi_search", "Datensaetze")).toHaveLength(1);
    db.close();
  });

  it("follows inserts, edits and deletions through its triggers", () => {
    const db = tempDb();
    migrate(db);
    insertField(db);
    const id = insertMeasure(db, "A-01", "Straßenbeleuchtung");
    expect(found(db, "measure_search", "strassen")).toEqual([id]);
    db.prepare("UPDATE measures SET title = 'Parkleitsystem', department = 'Amt für Straßen' WHERE id = ?").run(id);
    expect(found(db, "measure_search", "Straßenbeleuchtung")).toEqual([]);
    expect(found(db, "measure_search", "parkleit")).toEqual([id]);
    expect(found(db, "measure_search", "strassen")).toEqual([id]);
    // Writes that leave the text alone do not touch the index.
    db.prepare("UPDATE measures SET risk = 'Geheimwort', version = version + 1 WHERE id = ?").run(id);
    expect(found(db, "measure_search", "geheimwort")).toEqual([]);
    expect(found(db, "measure_search", "parkleit")).toEqual([id]);
    db.prepare("DELETE FROM measures WHERE id = ?").run(id);
    expect(found(db, "measure_search", "parkleit")).toEqual([]);
    expect(db.prepare("SELECT COUNT(*) AS n FROM measure_search").get()).toEqual({ n: 0 });
    db.close();
  });

  it("indexes whole words padded with spaces for short queries", () => {
    const db = tempDb();
    migrate(db);
    insertField(db);
    const ki = insertMeasure(db, "A-01", "KI-Leitlinie");
    insertMeasure(db, "A-02", "Kita-Portal");
    expect(found(db, "measure_search", "KI")).toEqual([ki]);
    expect(db.prepare("SELECT head_words FROM measure_search WHERE rowid = ?").get(ki)).toEqual({ head_words: " a 01 ki leitlinie " });
    db.close();
  });
});
