/**
 * A number as people in Germany type it: "1.234,5", "12,5", "-3" — and "12.5" as well, because
 * that is what gets pasted from spreadsheets. A dot followed by exactly three digits is read as a
 * thousands separator ("1.234" is 1234), as in German print.
 */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/\s/g, "");
  if (t === "") return null;
  let normalised: string;
  if (t.includes(",")) normalised = t.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) normalised = t.replace(/\./g, "");
  else normalised = t;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}
