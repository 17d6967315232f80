/** Room for a reason under a status badge in a table: about four lines of its 12rem column. */
export const TABLE_REASON_LENGTH = 80;

/**
 * A reason cut to `max` characters at the last word that fits, with "…"; the full text stays
 * available beside it. Returns the text unchanged when it fits.
 */
export function shortReason(reason: string, max = TABLE_REASON_LENGTH): { text: string; cut: boolean } {
  const text = reason.trim().replace(/\s+/g, " ");
  if (text.length <= max) return { text, cut: false };
  const head = text.slice(0, max);
  const lastSpace = head.lastIndexOf(" ");
  // A single long word has no word boundary worth keeping: cut it mid-word rather than show nothing.
  const kept = (lastSpace > max / 2 ? head.slice(0, lastSpace) : head).replace(/[\s,;:.–-]+$/, "");
  return { text: `${kept} …`, cut: true };
}
