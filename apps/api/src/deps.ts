import { todayIn } from "@sm/domain";
import {
  changesQueries,
  committeeSessionQueries,
  adminKpiListQuery,
  adminMeasureDetailQuery,
  adminMeasureQueries,
  adminWriter,
  auditQueries,
  kpiQueries,
  kpiValueWriter,
  measureInternalQueries,
  measureQueries,
  measureUpdateWriter,
  progressQueries,
  sessionQueries,
  signInAttemptQueries,
  strategyQueries,
  timelineQueries,
  userQueries,
  type Db,
} from "@sm/db";

export interface AppConfig {
  /** trust X-Forwarded-For/-Proto/-Host from reverse proxies in front of the app */
  trustProxy: boolean;
  /** how many trusted proxies append to X-Forwarded-For (with trustProxy); the client is that many entries from the right */
  proxyHops: number;
  /** `auto`: Secure cookies when the request arrived over HTTPS */
  secureCookies: boolean | "auto";
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** how long /api/health trusts its last successful write probe (a write per request would cost too much under load) */
  healthProbeEveryMs: number;
  /** sign-in throttling, see auth/throttle-rules.ts */
  throttle: { freePerPair: number; perAccount: number; perIp: number; windowMinutes: number };
}

export const DEFAULT_CONFIG: AppConfig = {
  trustProxy: false,
  proxyHops: 1,
  secureCookies: "auto",
  sessionIdleMinutes: 60,
  sessionMaxHours: 12,
  healthProbeEveryMs: 5_000,
  throttle: { freePerPair: 5, perAccount: 20, perIp: 20, windowMinutes: 15 },
};

export interface AppDeps {
  db: Db;
  /** the current time; tests pass a fixed one so "today" does not drift */
  clock: () => Date;
  config?: Partial<AppConfig>;
}

/** Everything a route needs, built once per app: prepared statements, writers, time and config. */
export function createServices({ db, clock, config }: AppDeps) {
  const strategy = strategyQueries(db);
  const horizon = () => {
    const s = strategy.strategyRow()!;
    return { start: s.horizon_start, end: s.horizon_end };
  };
  return {
    db,
    config: { ...DEFAULT_CONFIG, ...config },
    strategy,
    horizon,
    measures: measureQueries(db),
    measureInternal: measureInternalQueries(db),
    kpis: kpiQueries(db),
    progress: progressQueries(db),
    timeline: timelineQueries(db),
    changes: changesQueries(db),
    committeeSessions: committeeSessionQueries(db),
    users: userQueries(db),
    sessions: sessionQueries(db),
    signInAttempts: signInAttemptQueries(db),
    audit: auditQueries(db),
    measureUpdates: measureUpdateWriter(db),
    kpiValues: kpiValueWriter(db),
    admin: adminWriter(db, horizon),
    adminMeasures: adminMeasureQueries(db),
    adminMeasureDetail: adminMeasureDetailQuery(db),
    adminKpis: adminKpiListQuery(db),
    now: () => clock(),
    today: () => todayIn(clock()),
  };
}
export type Services = ReturnType<typeof createServices>;
