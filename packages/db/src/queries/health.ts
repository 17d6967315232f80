import type { Db } from "../connection";

export type ProbeResult = { ok: true } | { ok: false; reason: string };

/**
 * Whether the database takes a write: a read-only file, a full disk or a lock held too long all
 * show up here, where a SELECT would still succeed.
 */
export function healthProbe(db: Db) {
  const touch = db.prepare("INSERT INTO health_probe (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at");
  return {
    write(at: string): ProbeResult {
      try {
        touch.run(at);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: (error as Error).message };
      }
    },
  };
}
