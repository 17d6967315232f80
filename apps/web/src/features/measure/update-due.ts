/** Words for a measure whose update interval has passed: "seit 120 Tagen keine Meldung". */
export function updateDueText(daysSinceUpdate: number | null): string {
  if (daysSinceUpdate === null) return "noch keine Meldung";
  if (daysSinceUpdate === 1) return "seit 1 Tag keine Meldung";
  return `seit ${daysSinceUpdate} Tagen keine Meldung`;
}
