import { formatDate, isIsoDate, type ChangesResponse } from "@sm/domain/web";

/** Search parameters of /aenderungen: the period a person chose, so it can be shared as a link. */
export const FROM_PARAM = "von";
export const TO_PARAM = "bis";

export interface Period {
  from?: string;
  to?: string;
}

export interface CommitteeSession {
  date: string;
  title: string;
}

/**
 * The period in the URL. Values are passed on as written (not dropped when malformed), so the
 * API's 400 tells the reader what is wrong instead of the page silently showing another period.
 */
export function readPeriod(params: URLSearchParams): Period {
  const from = params.get(FROM_PARAM)?.trim();
  const to = params.get(TO_PARAM)?.trim();
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The search parameters for a period; an empty date is left out and means the API's default. */
export function periodParams(period: Period): URLSearchParams {
  const params = new URLSearchParams();
  if (period.from?.trim()) params.set(FROM_PARAM, period.from.trim());
  if (period.to?.trim()) params.set(TO_PARAM, period.to.trim());
  return params;
}

/** Whether a value can stand in a date input (which shows nothing for anything else). */
export const dateInputValue = (value: string | undefined) => (value && isIsoDate(value) ? value : "");

/** "Seit Sitzung vom 12.03.2025 – Digitalisierungsausschuss, 1. Sitzung 2025" */
export function sessionOptionLabel(session: CommitteeSession): string {
  return `Seit Sitzung vom ${formatDate(session.date)} – ${session.title}`;
}

/**
 * The session a period starts at: the one the API named for its default period, else a session on
 * the chosen start date (a period picked from the list of sessions).
 */
export function sessionAtStart(
  changes: Pick<ChangesResponse, "from" | "since">,
  sessions: readonly CommitteeSession[],
): CommitteeSession | null {
  return changes.since ?? sessions.find((s) => s.date === changes.from) ?? null;
}

/** "Zeitraum: 12.03.2025 bis 27.11.2026 (seit der Sitzung „…“)" */
export function periodSentence(changes: Pick<ChangesResponse, "from" | "to">, session: CommitteeSession | null): string {
  const period = `Zeitraum: ${formatDate(changes.from)} bis ${formatDate(changes.to)}`;
  return session ? `${period} (seit der Sitzung „${session.title}“)` : period;
}

// asOf: the report reads its figures as on the period's end.
const PARAM_LABELS: Record<string, string> = { from: "Von", to: "Bis", asOf: "Bis" };

/**
 * The API's 400 in the words of the form: its parameter names („from“) become the labels the
 * reader sees („Von“). `reason` is the part after the colon, for the message at the input itself.
 */
export function periodErrorText(message: string): { message: string; reason: string } {
  const named = message.replace(/„(from|to|asOf)“/g, (_, param: string) => `„${PARAM_LABELS[param]}“`);
  const reason = /^Ungültiger Parameter „[^“]*“: (.+)$/.exec(message)?.[1] ?? message;
  return { message: named, reason: reason.charAt(0).toUpperCase() + reason.slice(1) };
}
