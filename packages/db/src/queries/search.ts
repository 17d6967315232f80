import type { SearchNeedle } from "@sm/domain";

/** An FTS5 table's columns: folded without spaces (substring search) and folded words (whole words). */
export interface SearchColumns {
  substring: readonly string[];
  words: readonly string[];
}

/** The columns of the FTS5 tables of migration 0007-search.sql. */
export const MEASURE_SEARCH_COLUMNS: SearchColumns = {
  substring: ["code", "title", "summary", "description", "department"],
  words: ["head_words", "body_words"],
};
export const KPI_SEARCH_COLUMNS: SearchColumns = { substring: ["title", "description", "unit"], words: ["head_words", "body_words"] };

/**
 * The FTS5 query for a needle: one quoted phrase restricted to the columns its kind searches. The
 * phrase is built from folded letters and digits only, so no FTS syntax (quotes, `*`, `NEAR`,
 * `OR`, brackets) from the user's text can reach MATCH; quotes are doubled all the same.
 */
export function ftsMatch(needle: SearchNeedle, columns: SearchColumns): string {
  const phrase = needlePhrase(needle).replaceAll('"', '""');
  return `{${(needle.wholeWord ? columns.words : columns.substring).join(" ")}} : "${phrase}"`;
}

/** The text to find: a whole word is looked for between the spaces of the word columns. */
export function needlePhrase(needle: SearchNeedle): string {
  return needle.wholeWord ? ` ${needle.text} ` : needle.text;
}

/** Named parameters of a search statement: :match for MATCH, :needle and :wholeWord for telling title hits. */
export function searchParams(needle: SearchNeedle, columns: SearchColumns) {
  return { match: ftsMatch(needle, columns), needle: needlePhrase(needle), wholeWord: needle.wholeWord ? 1 : 0 };
}
