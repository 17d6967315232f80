import type { Db } from "../connection";

export interface ThrottleRule {
  /** failed attempts allowed within the window before further ones are refused */
  maxFailures: number;
  windowMs: number;
}

/** Failed sign-ins counted per account and per address, so neither guessing nor spraying works. */
export function signInAttemptQueries(db: Db) {
  const record = db.prepare<[number, string, string, number]>(
    "INSERT INTO sign_in_attempts (at, email, ip, success) VALUES (?, ?, ?, ?)",
  );
  const failuresByEmail = db.prepare<[string, number], { n: number; oldest: number | null }>(
    "SELECT COUNT(*) AS n, MIN(at) AS oldest FROM sign_in_attempts WHERE email = ? AND success = 0 AND at > ?",
  );
  const failuresByIp = db.prepare<[string, number], { n: number; oldest: number | null }>(
    "SELECT COUNT(*) AS n, MIN(at) AS oldest FROM sign_in_attempts WHERE ip = ? AND success = 0 AND at > ?",
  );
  const prune = db.prepare<[number]>("DELETE FROM sign_in_attempts WHERE at <= ?");

  /** Seconds until the oldest counted failure leaves the window, when the limit is reached. */
  const waitSeconds = (row: { n: number; oldest: number | null }, rule: ThrottleRule, now: number) =>
    row.n >= rule.maxFailures && row.oldest !== null ? Math.max(1, Math.ceil((row.oldest + rule.windowMs - now) / 1000)) : 0;

  return {
    record: (at: number, email: string, ip: string, success: boolean) => record.run(at, email, ip, success ? 1 : 0),
    /** 0 when a sign-in may be tried, otherwise the seconds to wait. */
    retryAfter(email: string, ip: string, now: number, perAccount: ThrottleRule, perIp: ThrottleRule): number {
      return Math.max(
        waitSeconds(failuresByEmail.get(email, now - perAccount.windowMs)!, perAccount, now),
        waitSeconds(failuresByIp.get(ip, now - perIp.windowMs)!, perIp, now),
      );
    },
    prune: (before: number) => prune.run(before),
  };
}
