import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "../connection";
import { createTestDb, FIXTURES } from "../testing";
import { batchedInsert, suspendForBulkInsert } from "./bulk-load";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function seeded(): Db {
  const { db, cleanup } = createTestDb(FIXTURES.mini);
  cleanups.push(cleanup);
  return db;
}

const COLUMNS = ["kpi_id", "date", "value", "source_url", "source_label", "is_example", "note"] as const;
/** 123 rows: two full batches of 50 and a rest. */
const rows = Array.from({ length: 123 }, (_, i) => [1 + (i % 2), `2026-01-${String(1 + (i % 28)).padStart(2, "0")}`, i, null, "", 1, `n${i}`]);

const state = (db: Db) => ({
  version: db.prepare("SELECT n FROM data_version").pluck().get(),
  values: db.prepare("SELECT * FROM kpi_values ORDER BY id").all(),
  schema: db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").all(),
  // The rebuilt index answers as the one kept up row by row.
  latest: db.prepare("SELECT kpi_id, date, value FROM kpi_values INDEXED BY kpi_values_kpi_date WHERE kpi_id = 1 ORDER BY date DESC, id DESC LIMIT 3").all(),
});

describe("bulk insert", () => {
  it("ends as inserting row by row with every trigger firing ends: same rows, data version and schema", () => {
    const rowByRow = seeded();
    const insert = rowByRow.prepare(`INSERT INTO kpi_values (${COLUMNS.join(", ")}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    rowByRow.transaction(() => rows.forEach((r) => insert.run(r))).immediate();

    const bulk = seeded();
    bulk
      .transaction(() => {
        const suspended = suspendForBulkInsert(bulk, ["kpi_values", "measure_updates"]);
        const values = batchedInsert(bulk, "kpi_values", COLUMNS);
        for (const r of rows) values.add(...r);
        values.flush();
        suspended.restore({ kpi_values: rows.length, measure_updates: 0 });
      })
      .immediate();

    expect(state(bulk)).toEqual(state(rowByRow));
    expect(state(bulk).values).toHaveLength(4 + rows.length);
  }, 20_000);

  it("leaves other triggers in place while the rows go in", () => {
    const db = seeded();
    db.exec("CREATE TABLE value_log (kpi_id INTEGER); CREATE TRIGGER log_values AFTER INSERT ON kpi_values BEGIN INSERT INTO value_log VALUES (new.kpi_id); END;");
    db.transaction(() => {
      const suspended = suspendForBulkInsert(db, ["kpi_values"]);
      const values = batchedInsert(db, "kpi_values", COLUMNS);
      for (const r of rows) values.add(...r);
      values.flush();
      suspended.restore({ kpi_values: rows.length });
    }).immediate();
    expect(db.prepare("SELECT COUNT(*) FROM value_log").pluck().get()).toBe(rows.length);
  }, 20_000);
});
