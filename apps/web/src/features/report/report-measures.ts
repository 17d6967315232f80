import type { MeasureListItem, Signal } from "@sm/domain/web";

type Item = Pick<MeasureListItem, "code" | "status" | "signal" | "updateDue" | "daysSinceUpdate" | "lastUpdate">;

const collator = new Intl.Collator("de-DE", { numeric: true, sensitivity: "base" });
const byCode = (a: Item, b: Item) => collator.compare(a.code, b.code);

/** Worst first: a critical measure needs the committee's attention before one slightly behind. */
const LATE_RANK: Partial<Record<Signal, number>> = { critical: 0, behind: 1 };
const lateRank = (m: Item) => LATE_RANK[m.signal] ?? 2;

/** Paused and cancelled measures are listed on their own, with the reason they were stopped. */
const isHalted = (m: Item) => m.status === "paused" || m.status === "cancelled";

/** A measure is late when it runs behind its plan or its lead reported it as delayed (and it was not stopped). */
export const isLate = (m: Item) => !isHalted(m) && (m.signal === "behind" || m.signal === "critical" || m.status === "delayed");

/** The late measures of a field: critical first, then behind, then delayed but on plan; by code within each. */
export function lateMeasures<T extends Item>(measures: readonly T[]): T[] {
  return measures.filter(isLate).sort((a, b) => lateRank(a) - lateRank(b) || byCode(a, b));
}

/** The paused measures, then the cancelled ones, by code: each with the reason it was stopped. */
export function haltedMeasures<T extends Item>(measures: readonly T[]): T[] {
  const rank = (m: Item) => (m.status === "paused" ? 0 : 1);
  return measures.filter(isHalted).sort((a, b) => rank(a) - rank(b) || byCode(a, b));
}

/**
 * The measures whose update is overdue, longest silence first; a measure that was never updated
 * has been silent longest of all.
 */
export function staleMeasures<T extends Item>(measures: readonly T[]): T[] {
  const silence = (m: Item) => m.daysSinceUpdate ?? Infinity;
  return measures.filter((m) => m.updateDue).sort((a, b) => silence(b) - silence(a) || byCode(a, b));
}

/** "seit 97 Tagen", "seit 1 Tag", "noch nie aktualisiert" */
export function silenceText(daysSinceUpdate: number | null): string {
  if (daysSinceUpdate === null) return "noch nie aktualisiert";
  return daysSinceUpdate === 1 ? "seit 1 Tag" : `seit ${daysSinceUpdate} Tagen`;
}
