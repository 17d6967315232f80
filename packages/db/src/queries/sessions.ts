import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../connection";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

interface SessionRow {
  token_hash: string;
  user_id: number;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  email: string;
  name: string;
  role: string;
  is_active: number;
}

/**
 * Server-side sessions: the cookie carries 256 random bits, the table only their hash. A session
 * ends when idle too long, at its absolute end, on sign-out, or when its user is deactivated.
 */
export function sessionQueries(db: Db) {
  const insert = db.prepare<[string, number, number, number, number]>(
    "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
  );
  const find = db.prepare<[string], SessionRow>(
    `SELECT s.*, u.email, u.name, u.role, u.is_active FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = ?`,
  );
  const touch = db.prepare<[number, string]>("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?");
  const remove = db.prepare<[string]>("DELETE FROM sessions WHERE token_hash = ?");
  const removeForUser = db.prepare<[number]>("DELETE FROM sessions WHERE user_id = ?");
  const removeOthers = db.prepare<[number, string]>("DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?");
  const removeExpired = db.prepare<[number, number]>("DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?");

  return {
    create(userId: number, now: number, maxAgeMs: number): string {
      const token = randomBytes(32).toString("base64url");
      insert.run(hashToken(token), userId, now, now, now + maxAgeMs);
      return token;
    },
    /** The live session for a token, or undefined; an expired or orphaned one is removed. */
    resolve(token: string, now: number, idleMs: number) {
      const tokenHash = hashToken(token);
      const row = find.get(tokenHash);
      if (!row) return undefined;
      if (row.expires_at <= now || row.last_seen_at + idleMs <= now || row.is_active !== 1) {
        remove.run(tokenHash);
        return undefined;
      }
      // Writing on every request would serialise reads behind the write lock; a minute is precise enough.
      if (now - row.last_seen_at > 60_000) touch.run(now, tokenHash);
      return row;
    },
    remove: (token: string) => remove.run(hashToken(token)),
    removeForUser: (userId: number) => removeForUser.run(userId),
    /** Every session of the person but the one in use, e.g. after they changed their password. */
    removeOthers: (userId: number, keepToken: string) => removeOthers.run(userId, hashToken(keepToken)),
    removeExpired: (now: number, idleMs: number) => removeExpired.run(now, now - idleMs),
  };
}
