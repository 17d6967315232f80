import type { BenchRow } from "./report";

/**
 * Figures measured by other modules (Lighthouse scores, Chromium DOM-node counts, …) that
 * `npm run bench` prints in the same table and counts for its exit code. A module adds itself
 * here: `EXTRA_ROW_SOURCES.push(async () => [...rows])`, or is listed in the array below.
 * Each source runs after the server figures, on its own; an error in one is a MISS row, not a crash.
 */
export const EXTRA_ROW_SOURCES: Array<{ name: string; rows: () => Promise<BenchRow[]> }> = [];
