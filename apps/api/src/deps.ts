import { todayIn } from "@sm/domain";
import { kpiQueries, measureQueries, progressQueries, strategyQueries, type Db, type ReadScope } from "@sm/db";

export interface AppDeps {
  db: Db;
  /** the current time; tests pass a fixed one so "today" does not drift */
  clock: () => Date;
}

/** Everything a route needs, built once per app: prepared statements and the time. */
export function createServices({ db, clock }: AppDeps) {
  return {
    strategy: strategyQueries(db),
    measures: measureQueries(db),
    kpis: kpiQueries(db),
    progress: progressQueries(db),
    /** What an anonymous visitor may read: today's state of public measures only. */
    publicScope: (): ReadScope => ({ asOf: todayIn(clock()), includeInternal: false }),
  };
}
export type Services = ReturnType<typeof createServices>;
