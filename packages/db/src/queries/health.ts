import type { Db } from "../connection";

export type ProbeResult = { ok: true } | { ok: false; reason: string };
export type HealthResult = { ok: true; seeded: boolean } | { ok: false; failed: "read" | "write"; reason: string };

/**
 * Whether the database takes a write: a read-only file, a full disk or a lock held too long all
 * show up here, where a SELECT would still succeed.
 */
export function healthProbe(db: Db) {
  const touch = db.prepare("INSERT INTO health_probe (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at");
  // The cheapest read that still asks the database: whether a strategy is there, not its row.
  const strategyExists = db.prepare<[], number>("SELECT EXISTS (SELECT 1 FROM strategy)").pluck();
  const write = (at: string): ProbeResult => {
    try {
      touch.run(at);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    }
  };
  return {
    write,
    /** A read (is a strategy there?) and a write, as /api/health reports them. */
    check(at: string): HealthResult {
      let seeded: boolean;
      try {
        seeded = strategyExists.get() === 1;
      } catch (error) {
        return { ok: false, failed: "read", reason: (error as Error).message };
      }
      const written = write(at);
      return written.ok ? { ok: true, seeded } : { ok: false, failed: "write", reason: written.reason };
    },
  };
}
