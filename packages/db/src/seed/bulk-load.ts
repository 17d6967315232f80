import type { Db } from "../connection";
import { KPI_VALUE_SUMS } from "../kpi-value-sums";

interface SchemaObject {
  name: string;
  sql: string;
}

/** The body of migration 0009's triggers: one bump of the data version per row written. */
const BUMP = /^CREATE TRIGGER (\w+) AFTER INSERT ON (\w+)\s+BEGIN UPDATE data_version SET n = n \+ 1 WHERE id = 1; END$/;

/**
 * Sets tables up for a bulk insert inside the caller's transaction, and back afterwards.
 *
 * - Their own indexes are dropped and built again at the end: one sort of all rows instead of a
 *   B-tree insert per row.
 * - Their insert triggers that only bump the data version (migration 0009) are dropped too and
 *   replaced by one bump of the same total, so the version ends where the triggers would have left it.
 * - The triggers that keep derived rows one at a time (the running sums of KPI values, migration
 *   0011) are dropped too, and the derived table is filled in one statement at the end.
 *   Any other trigger stays and fires as usual.
 *
 * Both come back from their own CREATE statements as sqlite_master holds them, so the schema ends
 * exactly as the migrations left it; should the transaction fail, the rollback restores them as well.
 */
export function suspendForBulkInsert<T extends string>(
  db: Db,
  tables: readonly T[],
): { restore(rowsInserted: Record<T, number>): void } {
  if (!db.inTransaction) throw new Error("suspendForBulkInsert needs the caller's transaction");
  const placeholders = tables.map(() => "?").join(", ");
  const indexes = db
    .prepare<string[], SchemaObject>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${placeholders})`,
    )
    .all(...tables);
  const bumps = db
    .prepare<string[], SchemaObject>(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (${placeholders})`)
    .all(...tables)
    .flatMap((t) => {
      const match = BUMP.exec(t.sql);
      return match ? [{ ...t, table: match[2] as T }] : [];
    });
  const derived = db
    .prepare<string[], SchemaObject>(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (${placeholders})`)
    .all(...tables)
    .filter((t) => KPI_VALUE_SUMS.triggers.test(t.name));
  for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`);
  for (const t of [...bumps, ...derived]) db.exec(`DROP TRIGGER "${t.name}"`);
  return {
    restore(rowsInserted) {
      for (const i of indexes) db.exec(i.sql);
      for (const t of bumps) db.exec(t.sql);
      if (derived.length > 0) db.exec(KPI_VALUE_SUMS.refill);
      for (const t of derived) db.exec(t.sql);
      const missed = bumps.reduce((sum, t) => sum + rowsInserted[t.table], 0);
      if (missed > 0) db.prepare("UPDATE data_version SET n = n + ? WHERE id = 1").run(missed);
    },
  };
}

/**
 * Inserts rows into a table `per` at a time through one prepared multi-row INSERT: far fewer calls
 * from JavaScript into SQLite than a statement per row. flush() writes what is left.
 */
export function batchedInsert(db: Db, table: string, columns: readonly string[], per = 50) {
  const row = `(${columns.map(() => "?").join(", ")})`;
  const statement = (rows: number) =>
    db.prepare(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${Array<string>(rows).fill(row).join(", ")}`);
  const full = statement(per);
  const single = statement(1);
  const pending: unknown[] = [];
  const width = columns.length;
  return {
    add(...values: unknown[]): void {
      for (const v of values) pending.push(v);
      if (pending.length === per * width) {
        full.run(pending);
        pending.length = 0;
      }
    },
    flush(): void {
      for (let i = 0; i < pending.length; i += width) single.run(pending.slice(i, i + width));
      pending.length = 0;
    },
  };
}
