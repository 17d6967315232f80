import { formatDate, type ChangesResponse } from "@sm/domain/web";
import type { CommitteeSession } from "../changes/period";

/** Which version of the report the server sent: it adds internal notes only for council and administrators. */
export type ReportAudience = "public" | "council";

export function reportAudience(changes: Pick<ChangesResponse, "fields">): ReportAudience {
  return changes.fields.some((f) => f.internalNotes !== undefined) ? "council" : "public";
}

/** "<label> – <note>" is how the cover and the screen name the version. */
export const AUDIENCE_TEXT: Record<ReportAudience, { label: string; note: string }> = {
  public: {
    label: "Öffentliche Fassung",
    note: "enthält nur öffentliche Angaben und darf weitergegeben werden",
  },
  council: {
    label: "Fassung für Ratsmitglieder",
    note: "enthält interne Notizen und nicht öffentliche Maßnahmen, nicht zur Veröffentlichung",
  },
};

/** The committee session a report ending on `to` is written for: the first one on or after that day. */
export function sessionFor(sessions: readonly CommitteeSession[], to: string): CommitteeSession | null {
  return [...sessions].sort((a, b) => a.date.localeCompare(b.date)).find((s) => s.date >= to) ?? null;
}

/** "Bericht für den Ausschuss: Digitalisierungsausschuss, 4. Sitzung 2026 am 08.12.2026" */
export function committeeLine(session: CommitteeSession | null): string {
  return session ? `Bericht für den Ausschuss: ${session.title} am ${formatDate(session.date)}` : "Bericht für den Ausschuss";
}

/** The tab title, which browsers also offer as the PDF's file name: "Bericht 22.09.2026 bis 27.11.2026". */
export function reportDocumentTitle(period: Pick<ChangesResponse, "from" | "to"> | undefined): string {
  return period ? `Bericht ${formatDate(period.from)} bis ${formatDate(period.to)}` : "Bericht";
}

