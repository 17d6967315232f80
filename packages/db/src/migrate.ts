import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Db } from "./connection";

const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations/", import.meta.url));

interface Migration {
  version: number;
  name: string;
  sql: string;
}

function loadMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}-.+\.sql$/.test(f))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file,
      sql: readFileSync(MIGRATIONS_DIR + file, "utf8"),
    }));
}

/**
 * Applies the forward-only migrations the database has not seen yet, all in one transaction,
 * and records the new version in PRAGMA user_version. A database written by newer code is refused
 * rather than guessed at. `upTo` stops after that version (tests of a migration on older data).
 */
export function migrate(db: Db, { upTo = Infinity }: { upTo?: number } = {}): { from: number; to: number } {
  const migrations = loadMigrations().filter((m) => m.version <= upTo);
  const latest = migrations.at(-1)?.version ?? 0;
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > latest) {
    throw new Error(`Datenbank hat Schema-Version ${current}, dieser Code kennt nur bis ${latest}. Bitte die Anwendung aktualisieren.`);
  }
  const pending = migrations.filter((m) => m.version > current);
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    if (pending.length > 0) db.pragma(`user_version = ${latest}`);
  }).immediate();
  return { from: current, to: Math.max(current, latest) };
}
