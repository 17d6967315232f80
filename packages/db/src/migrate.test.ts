import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
});
