import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "./testing";

const { db, cleanup } = createTestDb();
afterAll(cleanup);

/** The running sums as they should be, recomputed from the values (the migration's own backfill). */
const expected = db.prepare(
  `SELECT kpi_id, date, id AS value_id, COUNT(*) OVER w AS n, SUM(x) OVER w AS sx, SUM(x * x) OVER w AS sxx,
          SUM(value) OVER w AS sy, SUM(x * value) OVER w AS sxy, SUM(is_example) OVER w AS examples
   FROM (SELECT v.*, CAST(julianday(v.date) - 2440587.5 AS INTEGER) AS x FROM kpi_values v)
   WINDOW w AS (PARTITION BY kpi_id ORDER BY date, id ROWS UNBOUNDED PRECEDING)
   ORDER BY kpi_id, date, value_id`,
);
const stored = db.prepare("SELECT kpi_id, date, value_id, n, sx, sxx, sy, sxy, examples FROM kpi_value_sums ORDER BY kpi_id, date, value_id");
const close = (rows: Record<string, number | string>[]) =>
  rows.map((r) => ({ ...r, sy: expect.closeTo(r.sy as number, 9), sxy: expect.closeTo(r.sxy as number, 6) }));

describe("kpi_value_sums", () => {
  it("holds the running sums of the seeded values", () => {
    expect(stored.all().length).toBeGreaterThan(0);
    expect(stored.all()).toEqual(close(expected.all() as Record<string, number>[]));
  });

  it("stays right through values added out of order, corrected, moved to another KPI and removed", () => {
    const [a, b] = db.prepare("SELECT id FROM kpis ORDER BY id").pluck().all() as number[];
    const insert = db.prepare(
      "INSERT INTO kpi_values (kpi_id, date, value, is_example, source_url) VALUES (?, ?, ?, ?, 'https://example.org/quelle')",
    );
    insert.run(a, "2026-01-01", 210, 1);
    insert.run(a, "2023-06-30", 120, 0); // before every other value
    const sameDay = insert.run(a, "2024-01-01", 155, 1).lastInsertRowid; // a second value on a day that has one
    db.prepare("UPDATE kpi_values SET value = 160, date = '2025-06-30' WHERE id = ?").run(sameDay);
    db.prepare("UPDATE kpi_values SET kpi_id = ? WHERE id = ?").run(b, sameDay);
    db.prepare("UPDATE kpi_values SET note = 'nur ein Hinweis' WHERE kpi_id = ?").run(a);
    db.prepare("DELETE FROM kpi_values WHERE kpi_id = ? AND date = '2024-01-01'").run(a);
    expect(stored.all()).toEqual(close(expected.all() as Record<string, number>[]));
    const counts = db.prepare("SELECT kpi_id, COUNT(*) AS n FROM kpi_values GROUP BY kpi_id ORDER BY kpi_id").all();
    const last = db.prepare("SELECT kpi_id, MAX(n) AS n FROM kpi_value_sums GROUP BY kpi_id ORDER BY kpi_id").all();
    expect(last).toEqual(counts);
  });
});
