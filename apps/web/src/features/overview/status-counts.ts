import { STATUS_LABELS, type Status, type StatusCounts } from "@sm/domain/web";

/** The order in which counts are read out: what is finished first, then what is moving. */
const ORDER: Status[] = ["done", "in_progress", "delayed", "paused", "planned", "cancelled"];

/** "5 umgesetzt · 3 in Umsetzung · 1 verzögert"; statuses without measures are left out. */
export function statusCountsText(counts: StatusCounts): string {
  const parts = ORDER.filter((status) => counts[status] > 0).map((status) => `${counts[status]} ${STATUS_LABELS[status]}`);
  return parts.length > 0 ? parts.join(" · ") : "noch keine Maßnahmen";
}
