import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { repoRoot } from "../scripts/server-process";
import { memoryOf } from "./processes";
import { type BenchRow, mb } from "./report";

/** Seeding goals (issue 10): the large city from its files within 10 s and 400 MB. */
export const SEED_GOAL_MS = 10_000;
export const SEED_PEAK_GOAL_BYTES = 400 * 2 ** 20;

/**
 * Seeds `databasePath` from `seedDir` as an operator would (`npm run db:seed`), in a process of its
 * own, timing it and reading its peak resident memory from /proc while it runs.
 */
export async function seedAsOperator(seedDir: string, databasePath: string): Promise<BenchRow[]> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "packages/db/src/seed/cli.ts", seedDir], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_PATH: databasePath },
    stdio: ["ignore", "inherit", "inherit"],
  });
  let peak = 0;
  const poll = setInterval(() => {
    try {
      const now = memoryOf(child.pid!).peak;
      // A process that is ending has no VmHWM any more (NaN).
      if (Number.isFinite(now)) peak = Math.max(peak, now);
    } catch {
      // the process has just ended
    }
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearInterval(poll);
  const elapsed = performance.now() - started;
  if (code !== 0) throw new Error(`db:seed ended with ${code}`);
  return [
    { what: "large city: seeding from files (npm run db:seed)", now: `${(elapsed / 1000).toFixed(1)} s`, goal: `≤ ${SEED_GOAL_MS / 1000} s`, ok: elapsed <= SEED_GOAL_MS },
    { what: "large city: seeding peak RSS", now: mb(peak), goal: `≤ ${mb(SEED_PEAK_GOAL_BYTES)}`, ok: peak > 0 && peak <= SEED_PEAK_GOAL_BYTES },
  ];
}
