import { lighthouseBench } from "./lighthouse";
import type { BenchRow } from "./report";
import { SETTINGS } from "./settings";

/**
 * Figures measured by modules of their own (Lighthouse in a browser, …) that `npm run bench` prints
 * in the same table and counts for its exit code; each is listed below behind its BENCH_ONLY part.
 * Each source runs after the server figures, on its own; an error in one is a MISS row, not a crash.
 */
export const EXTRA_ROW_SOURCES: Array<{ name: string; rows: () => Promise<BenchRow[]> }> = [
  ...(SETTINGS.only.has("lighthouse") ? [{ name: "Lighthouse (Essen demo, built web app)", rows: () => lighthouseBench() }] : []),
];
