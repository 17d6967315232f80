import type { FieldChange, InternalUpdateEntry, UserRef } from "@sm/domain";
import type { Db } from "../connection";

interface UpdateRow {
  id: number;
  date: string;
  created_at: string | null;
  status: InternalUpdateEntry["status"];
  progress: number;
  comment: string;
  reason: string;
  internal_note: string;
  changes_json: string;
  author_id: number | null;
  author_name: string | null;
}

/** Reads of what only leads, council and administrators see: authors, notes, what changed. */
export function measureInternalQueries(db: Db) {
  const updates = db.prepare<[number, string], UpdateRow>(
    `SELECT u.id, u.date, u.created_at, u.status, u.progress, u.comment, u.reason, u.internal_note, u.changes_json,
            a.id AS author_id, a.name AS author_name
     FROM measure_updates u LEFT JOIN users a ON a.id = u.author_user_id
     WHERE u.measure_id = ? AND u.date <= ? ORDER BY u.date DESC, u.id DESC`,
  );
  const userRef = db.prepare<[number], UserRef>("SELECT id, name, email FROM users WHERE id = ?");

  return {
    updates: (measureId: number, asOf: string): InternalUpdateEntry[] =>
      updates.all(measureId, asOf).map((u) => ({
        id: u.id,
        date: u.date,
        createdAt: u.created_at,
        status: u.status,
        progress: u.progress,
        comment: u.comment,
        reason: u.reason,
        note: u.internal_note,
        author: u.author_id === null ? null : { id: u.author_id, name: u.author_name ?? "" },
        changes: JSON.parse(u.changes_json) as FieldChange[],
      })),
    userRef: (id: number | null): UserRef | null => (id === null ? null : (userRef.get(id) ?? null)),
  };
}
