import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./connection";
import { migrate } from "./migrate";

const dirs: string[] = [];
function tempDbPath() {
  const dir = mkdtempSync(join(tmpdir(), "sm-migrate-"));
  dirs.push(dir);
  return join(dir, "db.sqlite");
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("migrate", () => {
  it("creates the schema once and records the version", () => {
    const db = openDatabase(tempDbPath());
    const first = migrate(db);
    expect(first.from).toBe(0);
    expect(first.to).toBeGreaterThan(0);
    expect(db.pragma("user_version", { simple: true })).toBe(first.to);
    expect(migrate(db)).toEqual({ from: first.to, to: first.to });
    db.close();
  });

  it("turns on WAL and foreign keys", () => {
    const db = openDatabase(tempDbPath());
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    db.close();
  });

  it("refuses a database written by newer code", () => {
    const db = openDatabase(tempDbPath());
    db.pragma("user_version = 999");
    expect(() => migrate(db)).toThrow(/Schema-Version 999/);
    db.close();
  });

  it("turns the plan of an existing database into its first revision, dated at the measure's creation", () => {
    const db = openDatabase(tempDbPath());
    const dir = fileURLToPath(new URL("./migrations/", import.meta.url));
    // A database as the code before plan revisions left it (schema version 5), with data.
    for (const file of readdirSync(dir).filter((f) => f < "0006").sort()) db.exec(readFileSync(join(dir, file), "utf8"));
    db.pragma("user_version = 5");
    db.exec(`
      INSERT INTO strategy (id, title, city, description, adopted_on, horizon_start, horizon_end, licence_name, licence_url)
      VALUES (1, 'S', 'Stadt', '', '2023-02-15', '2023-01-01', '2027-12-31', 'L', 'https://example.org');
      INSERT INTO fields (id, code, title, short_title, description, colour, position) VALUES (1, 'F', 'F', 'F', '', '#000000', 0);
      INSERT INTO measures (id, code, field_id, title, summary, planned_start, planned_end) VALUES
        (1, 'M-01', 1, 'Alt', '', '2023-03-01', '2025-12-31'),
        (2, 'M-02', 1, 'Später angelegt', '', '2024-01-01', '2026-06-30');
      INSERT INTO milestones (measure_id, title, planned_date, position) VALUES (1, 'Start', '2023-06-30', 0);
      INSERT INTO audit_log (at, action, entity) VALUES ('2024-03-05T09:00:00.000Z', 'measure.create', 'measure:M-02');
    `);
    migrate(db);
    expect(db.prepare("SELECT measure_id, date, planned_start, planned_end, reason FROM measure_plans ORDER BY measure_id").all()).toEqual([
      { measure_id: 1, date: "2023-02-15", planned_start: "2023-03-01", planned_end: "2025-12-31", reason: "" },
      { measure_id: 2, date: "2024-03-05", planned_start: "2024-01-01", planned_end: "2026-06-30", reason: "" },
    ]);
    expect(db.prepare("SELECT date, planned_date FROM milestone_plans").all()).toEqual([{ date: "2023-02-15", planned_date: "2023-06-30" }]);
    expect(db.prepare("SELECT planned_end FROM measures ORDER BY id").pluck().all()).toEqual(["2025-12-31", "2026-06-30"]);
    db.close();
  });
});
