import type { Db } from "../connection";

export interface ThrottleRules {
  /** the window failures are counted in */
  windowMs: number;
  /** failures one address may make for one account before each further try waits (1 s, 2 s, 4 s, …) */
  freePerPair: number;
  /** failures one address may make over all accounts within the window (password spraying) */
  perIp: number;
  /**
   * failures for one account over all addresses after which an address gets no free tries any more
   * (a distributed guess): its first failure already starts the delays. An address without failures
   * for the account still signs in, so nobody can lock another person out.
   */
  perAccount: number;
}

interface Counts {
  pair: number;
  pair_last: number | null;
  ip: number;
  ip_oldest: number | null;
  account: number;
}

/** A running sign-in: it counts as a failure until {@link signInAttemptQueries} `succeed` marks it. */
export type SignInStart = { kind: "wait"; seconds: number } | { kind: "go"; attemptId: number };

/**
 * Failed sign-ins, counted per account and address pair with growing delays, and per address.
 * The check and the record happen in one synchronous transaction before the password is checked, so
 * parallel guesses are counted exactly like sequential ones.
 */
export function signInAttemptQueries(db: Db) {
  const counts = db.prepare<{ email: string; ip: string; since: number }, Counts>(`
    SELECT COALESCE(SUM(email = :email AND ip = :ip), 0) AS pair,
           MAX(CASE WHEN email = :email AND ip = :ip THEN at END) AS pair_last,
           COALESCE(SUM(ip = :ip), 0) AS ip,
           MIN(CASE WHEN ip = :ip THEN at END) AS ip_oldest,
           COALESCE(SUM(email = :email), 0) AS account
    FROM sign_in_attempts
    WHERE success = 0 AND at > :since AND (email = :email OR ip = :ip)`);
  const record = db.prepare<[number, string, string]>("INSERT INTO sign_in_attempts (at, email, ip, success) VALUES (?, ?, ?, 0)");
  const succeed = db.prepare<[number]>("UPDATE sign_in_attempts SET success = 1 WHERE id = ?");
  const prune = db.prepare<[number]>("DELETE FROM sign_in_attempts WHERE at <= ?");
  // Per pair, with the address's and the account's counts over all pairs: the same Counts as above.
  const locks = db.prepare<{ since: number }, Counts & { email: string; address: string }>(`
    SELECT email, ip AS address, COUNT(*) AS pair, MAX(at) AS pair_last,
           SUM(COUNT(*)) OVER (PARTITION BY a.ip) AS ip, MIN(MIN(at)) OVER (PARTITION BY a.ip) AS ip_oldest,
           SUM(COUNT(*)) OVER (PARTITION BY a.email) AS account
    FROM sign_in_attempts a
    WHERE success = 0 AND at > :since GROUP BY a.email, a.ip ORDER BY pair_last DESC`);
  const clearPair = db.prepare<[string, string, number]>("DELETE FROM sign_in_attempts WHERE email = ? AND ip = ? AND success = 0 AND at > ?");
  const clearAccount = db.prepare<[string, number]>("DELETE FROM sign_in_attempts WHERE email = ? AND success = 0 AND at > ?");

  /** Seconds to wait before the next try, or 0. */
  function waitSeconds(c: Counts, rules: ThrottleRules, now: number): number {
    const ipWait = c.ip >= rules.perIp && c.ip_oldest !== null ? c.ip_oldest + rules.windowMs - now : 0;
    const free = c.account >= rules.perAccount ? 0 : rules.freePerPair;
    const over = c.pair - free;
    const delay = over >= 0 && c.pair > 0 ? Math.min(rules.windowMs, 1000 * 2 ** over) : 0;
    const pairWait = delay > 0 && c.pair_last !== null ? c.pair_last + delay - now : 0;
    const wait = Math.max(ipWait, pairWait);
    return wait > 0 ? Math.ceil(wait / 1000) : 0;
  }

  const start = db.transaction((email: string, ip: string, now: number, rules: ThrottleRules): SignInStart => {
    const seconds = waitSeconds(counts.get({ email, ip, since: now - rules.windowMs })!, rules, now);
    if (seconds > 0) return { kind: "wait", seconds };
    return { kind: "go", attemptId: Number(record.run(now, email, ip).lastInsertRowid) };
  });

  return {
    /** Checks the limits and, when a try is allowed, records it as a failure until it succeeds. */
    start: (email: string, ip: string, now: number, rules: ThrottleRules): SignInStart => start.immediate(email, ip, now, rules),
    succeed: (attemptId: number) => succeed.run(attemptId),
    prune: (before: number) => prune.run(before),
    /** Account and address pairs with failures in the window, and when each may try again. */
    locks(now: number, rules: ThrottleRules) {
      return locks.all({ since: now - rules.windowMs }).map((row) => ({
        email: row.email,
        ip: row.address,
        failures: row.pair,
        lastFailureAt: new Date(row.pair_last!).toISOString(),
        waitSeconds: waitSeconds(row, rules, now),
      }));
    },
    /** Lifts the delays of one address for an account, or of every address for it. */
    lift(email: string, ip: string | null, now: number, rules: ThrottleRules): number {
      const since = now - rules.windowMs;
      return (ip === null ? clearAccount.run(email, since) : clearPair.run(email, ip, since)).changes;
    },
  };
}
