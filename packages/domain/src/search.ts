/**
 * How search text is compared, in one place for the database index, the query and the highlight
 * in the browser (docs/decisions/0007-search-with-fts5.md). Text is folded unit by unit: lower
 * case, ä/ö/ü/ß written out as ae/oe/ue/ss, other accents dropped, and everything that is not a
 * letter or digit removed, so "Open Data", "Open-Data" and "opendata" fold to the same letters.
 */

/** The shortest folded query the substring index (trigrams) can find; shorter ones match whole words. */
export const MIN_SUBSTRING_LENGTH = 3;

// A base character with the combining marks after it: "u" + U+0308 must fold like "ü".
const UNIT = /\P{M}\p{M}*|\p{M}+/gu;
const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };
// Invisible format characters (soft hyphen, zero-width space) neither count nor separate words.
const FORMAT = /^\p{Cf}+$/u;

/** The folded form of one unit: "" for spaces, punctuation and control characters. */
function foldUnit(unit: string): string {
  return unit
    .normalize("NFC")
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUTS[c]!)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

interface Unit {
  start: number;
  end: number;
  folded: string;
  /** a space or punctuation: ends a word */
  separator: boolean;
}

function units(text: string): Unit[] {
  return Array.from(text.matchAll(UNIT), (m) => {
    const folded = foldUnit(m[0]);
    return { start: m.index, end: m.index + m[0].length, folded, separator: folded === "" && !FORMAT.test(m[0]) };
  });
}

/** The text as the substring index holds it, e.g. "Open-Data-Portal" → "opendataportal". */
export function foldForSearch(text: string): string {
  return units(text)
    .map((u) => u.folded)
    .join("");
}

/** The folded words of the text, e.g. "KI-Lotse für Bürger*innen" → ["ki", "lotse", "fuer", "buerger", "innen"]. */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  let word = "";
  for (const u of units(text)) {
    if (u.separator) {
      if (word) words.push(word);
      word = "";
    } else word += u.folded;
  }
  if (word) words.push(word);
  return words;
}

/**
 * The texts' words between single spaces, with a space before and after, so that " ki " finds the
 * word "ki" and nothing in which those letters only occur inside a longer word.
 */
export function wordIndexText(...texts: string[]): string {
  const words = texts.flatMap(searchWords);
  return words.length > 0 ? ` ${words.join(" ")} ` : "";
}

/** What a query searches for: its folded letters, and whether they must be a whole word. */
export interface SearchNeedle {
  text: string;
  wholeWord: boolean;
}

/** The needle of a query; null when the query holds no letter or digit (nothing to search for). */
export function searchNeedle(query: string): SearchNeedle | null {
  const text = foldForSearch(query);
  if (!text) return null;
  // Count characters, not UTF-16 code units, as the trigram index does.
  return { text, wholeWord: Array.from(text).length < MIN_SUBSTRING_LENGTH };
}

export interface HighlightPart {
  text: string;
  match: boolean;
}

/**
 * Splits a text into the parts a query matches and the rest, by the same folding as the search:
 * "opendata" marks "Open Data" and "Open-Data", "Buergeramt" marks "Bürgeramt". Joined, the parts
 * give back the text unchanged. Spaces or punctuation before or after a match stay unmarked.
 */
export function highlightParts(text: string, query: string): HighlightPart[] {
  const needle = searchNeedle(query);
  const ranges = needle ? matchRanges(text, needle) : [];
  const parts: HighlightPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** Whether the query matches anywhere in the text, by the rules of highlightParts. */
export function matchesSearch(text: string, query: string): boolean {
  const needle = searchNeedle(query);
  return needle !== null && matchRanges(text, needle).length > 0;
}

/** [start, end) offsets in the original text of every non-overlapping match, left to right. */
function matchRanges(text: string, needle: SearchNeedle): Array<[number, number]> {
  const all = units(text);
  // For each folded character: the unit it came from; and where words begin and end in the folded text.
  const unitOf: number[] = [];
  const boundaries = new Set<number>([0]);
  let folded = "";
  all.forEach((u, i) => {
    if (u.separator) boundaries.add(folded.length);
    for (let k = 0; k < u.folded.length; k++) unitOf.push(i);
    folded += u.folded;
  });
  boundaries.add(folded.length);

  const ranges: Array<[number, number]> = [];
  const length = needle.text.length;
  let from = 0;
  for (;;) {
    const i = folded.indexOf(needle.text, from);
    if (i < 0) break;
    if (needle.wholeWord && !(boundaries.has(i) && boundaries.has(i + length))) {
      from = i + 1;
      continue;
    }
    const start = all[unitOf[i]!]!.start;
    const end = all[unitOf[i + length - 1]!]!.end;
    const last = ranges.at(-1);
    // A unit folds to up to two letters (ß → ss), so neighbouring matches may share one: merge them.
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
    from = i + length;
  }
  return ranges;
}
