/** One figure of `npm run bench`: what was measured, its value now, its goal, and whether it meets it. */
export interface BenchRow {
  what: string;
  now: string;
  goal: string;
  ok: boolean;
}

/** Prints the rows as one table: what | now | goal | ok/MISS. */
export function printReport(rows: BenchRow[]): void {
  const header = ["what", "now", "goal", "ok"];
  const cells = rows.map((r) => [r.what, r.now, r.goal, r.ok ? "ok" : "MISS"]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const c of cells) console.log(line(c));
}

/**
 * One summary row for a figure measured per route: the worst route's value, and which routes miss.
 * `worse` orders values so that the first is the worse one.
 */
export function worstRow(
  what: string,
  goal: string,
  perRoute: Array<{ path: string; value: number; ok: boolean }>,
  format: (value: number) => string,
  worse: (a: number, b: number) => number,
): BenchRow {
  if (perRoute.length === 0) return { what, now: "not measured", goal, ok: false };
  // A figure that could not be measured (NaN: timed out) is the worst of all.
  const worst = [...perRoute].sort((a, b) => (Number.isNaN(a.value) ? -1 : Number.isNaN(b.value) ? 1 : worse(a.value, b.value)))[0]!;
  const misses = perRoute.filter((r) => !r.ok);
  const now = `${format(worst.value)} (${worst.path})`;
  return {
    what: misses.length ? `${what}: ${misses.length} of ${perRoute.length} routes miss` : `${what}, all ${perRoute.length} routes`,
    now,
    goal,
    ok: misses.length === 0,
  };
}

export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(Math.abs(bytes) < 10 * 2 ** 20 ? 2 : 0)} MB`;
/** A size in KB below 1 MB, in MB above. */
export const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 2 ** 20 ? `${(bytes / 1024).toFixed(1)} KB` : mb(bytes));
