import { formatPercent } from "@sm/domain/web";

/** "41 % von geplant 55 %": the words that go with every progress bar. */
export function progressText(actual: number | null, planned: number | null): string {
  if (actual === null) return "noch kein Fortschritt gemeldet";
  if (planned === null) return formatPercent(actual);
  return `${formatPercent(actual)} von geplant ${formatPercent(planned)}`;
}
