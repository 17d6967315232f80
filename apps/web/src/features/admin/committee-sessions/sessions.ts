import { formatDate } from "@sm/domain/web";

export interface CommitteeSession {
  date: string;
  title: string;
}

/** "Sitzung vom 08.12.2026": how buttons and messages name a session. */
export const sessionName = (date: string) => `Sitzung vom ${formatDate(date)}`;

/** The session on a date, if any: saving a new one there would silently rename it. */
export function sessionOn(date: string, sessions: readonly CommitteeSession[]): CommitteeSession | undefined {
  return sessions.find((s) => s.date === date);
}

export type SessionDraftCheck = { ok: true; date: string; title: string } | { ok: false; errors: { date?: string; title?: string } };

/**
 * Checks a new session before it is sent: the date must be given and free. The title's rules
 * (length, not empty) and the horizon are the server's, and its messages show at the same inputs.
 */
export function checkNewSession(draft: { date: string; title: string }, sessions: readonly CommitteeSession[]): SessionDraftCheck {
  const date = draft.date.trim();
  if (!date) return { ok: false, errors: { date: "Bitte geben Sie das Datum der Sitzung an" } };
  const existing = sessionOn(date, sessions);
  if (existing) {
    return { ok: false, errors: { date: `Am ${formatDate(date)} gibt es schon die Sitzung „${existing.title}“; benennen Sie sie in der Liste um` } };
  }
  return { ok: true, date, title: draft.title.trim() };
}
