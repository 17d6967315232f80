import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../connection";
import { migrate } from "../migrate";
import { SeedError } from "./read-seed";
import { isEmpty, seedFromDir } from "./write-seed";

/**
 * `npm run db:seed`: migrates the database and seeds it from a strategy folder, as the server does
 * at its first start, without starting the server. Same variables and defaults as the server:
 * DATABASE_PATH, SEED_DIR (or the folder as the first argument). A database that already holds a
 * strategy is left alone.
 */
const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const databasePath = resolve(process.env.DATABASE_PATH?.trim() || `${repoRoot}var/strategiemonitor.db`);
const dir = resolve(process.argv[2] ?? (process.env.SEED_DIR?.trim() || `${repoRoot}data/essen`));

const started = performance.now();
const db = openDatabase(databasePath);
try {
  migrate(db);
  if (!isEmpty(db)) {
    console.log(`Datenbank ${databasePath} enthält bereits Daten; sie bleiben erhalten.`);
  } else {
    const counts = seedFromDir(db, dir);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Datenbank ${databasePath} aus ${dir} befüllt: ${counts.updates} Meldungen, ${counts.kpiValues} Kennzahlwerte (${seconds} s).`);
  }
} catch (error) {
  if (!(error instanceof SeedError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  db.close();
}
