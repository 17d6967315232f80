import type Database from "better-sqlite3";
import { foldForSearch, plannedProgress, rollUp, staleness, statusSchema, wordIndexText } from "@sm/domain";

/**
 * Makes the domain's progress rules callable from SQL, so aggregates run inside the database
 * (one query per request) while the rules themselves exist once, in packages/domain.
 */
type Acc = ReturnType<typeof rollUp.start>;

export function registerDomainFunctions(db: Database.Database): void {
  db.function("planned_progress", { deterministic: true }, (start: unknown, end: unknown, date: unknown) =>
    plannedProgress({ start: String(start), end: String(end) }, String(date)),
  );
  // better-sqlite3 takes the SQL arity from the JS function's length, hence the named parameters.
  const step = (acc: Acc, status: unknown, progress: unknown): Acc =>
    // LEFT JOINs hand in NULL for a field without measures: nothing to count then.
    status === null ? acc : rollUp.step(acc, statusSchema.parse(status), Number(progress));
  db.aggregate("rollup_progress", {
    start: () => rollUp.start(),
    step: step as (acc: Acc, next: unknown) => Acc,
    result: (acc: Acc) => rollUp.result(acc),
  });
  // The staleness rule as a filter, so paging and totals stay in SQL.
  db.function("update_due", { deterministic: true }, (status: unknown, lastUpdate: unknown, plannedStart: unknown, today: unknown, interval: unknown) =>
    staleness({
      status: statusSchema.parse(status),
      lastUpdate: lastUpdate === null ? null : String(lastUpdate),
      plannedStart: String(plannedStart),
      today: String(today),
      intervalDays: Number(interval),
    }).updateDue
      ? 1
      : 0,
  );
  // Search folding (packages/domain/src/search.ts) for the FTS index triggers of migration 0007:
  // the index must fold exactly as the query and the highlight in the browser do.
  db.function("search_fold", { deterministic: true }, (text: unknown) => (text === null ? "" : foldForSearch(String(text))));
  db.function("search_words", { deterministic: true, varargs: true }, (...texts: unknown[]) =>
    wordIndexText(...texts.filter((t) => t !== null).map(String)),
  );
}
