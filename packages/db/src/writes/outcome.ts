/** What a write reports back: routes map these to 2xx, 404, 409 and 400 with per-field messages. */
export type WriteOutcome<T> =
  | { kind: "saved"; value: T }
  | { kind: "not_found" }
  | { kind: "conflict" }
  | { kind: "invalid"; fields: Record<string, string> };

/** Who wrote, when and from where: every write carries it into the audit log. */
export interface WriteContext {
  actorId: number;
  /** ISO timestamp */
  at: string;
  /** the calendar day of the write in the city's time zone */
  today: string;
  ip: string;
}

export function horizonMessage(horizon: { start: string; end: string }): string {
  const de = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
  return `Datum muss zwischen ${de(horizon.start)} und ${de(horizon.end)} liegen`;
}
