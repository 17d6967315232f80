import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { registerDomainFunctions } from "./sql-functions";

export type Db = Database.Database;

/**
 * Opens (creating if needed) a database file with the settings every connection needs:
 * WAL so readers never wait for a writer, foreign keys enforced, and a busy timeout instead of
 * failing at once when another process holds the write lock.
 */
export function openDatabase(path: string): Db {
  let db: Db;
  try {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma("journal_mode = WAL");
  } catch (error) {
    throw new Error(`Datenbank ${path} lässt sich nicht öffnen: ${(error as Error).message}`);
  }
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  db.pragma("synchronous = NORMAL");
  registerDomainFunctions(db);
  return db;
}
