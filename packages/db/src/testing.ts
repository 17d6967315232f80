import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase, type Db } from "./connection";
import { migrate } from "./migrate";
import { seedFromDir } from "./seed/write-seed";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Seed folders the tests use: a tiny one with known numbers, and the real Essen demo data. */
export const FIXTURES = {
  mini: join(repoRoot, "tests/fixtures/mini"),
  essen: join(repoRoot, "data/essen"),
} as const;

/**
 * A fresh database file in its own temporary folder, migrated and (unless seedDir is null) seeded.
 * Each test file gets its own, so parallel tests never share mutable state.
 */
export function createTestDb(seedDir: string | null = FIXTURES.mini): { db: Db; path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "strategiemonitor-"));
  const path = join(dir, "test.db");
  const db = openDatabase(path);
  migrate(db);
  if (seedDir) seedFromDir(db, seedDir);
  return {
    db,
    path,
    cleanup: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
