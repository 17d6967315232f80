import { performance } from "node:perf_hooks";
import { createTestDb, FIXTURES } from "@sm/db/testing";
import { createApp } from "../apps/api/src/app";
import { type BenchRow, ms, worstRow } from "./report";
import { ESSEN_GOALS_MS, publicRoutes } from "./routes";
import { SETTINGS } from "./settings";

/**
 * Every public route on the Essen demo, in-process (no network), timed twice: "cold", as the
 * first request after a change of the data (the data version moves before every request, so the
 * answer is computed), and "cached", as every further request until the next change. The goals
 * hold for the cold p95.
 */
export async function essenInProcess(): Promise<BenchRow[]> {
  const { db, cleanup } = createTestDb(FIXTURES.essen);
  const app = createApp({ db, clock: () => new Date("2026-11-27T11:00:00Z") });
  const runs = SETTINGS.essenRuns;
  // Moving the data version is what every write does; the answer cache then starts over.
  const bumpVersion = db.prepare("UPDATE data_version SET n = n + 1 WHERE id = 1");

  async function time(path: string, cold: boolean): Promise<{ p50: number; p95: number }> {
    for (let i = 0; i < Math.min(10, runs); i++) await (await app.request(path)).arrayBuffer(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      if (cold) bumpVersion.run();
      const start = performance.now();
      const res = await app.request(path);
      await res.arrayBuffer();
      times.push(performance.now() - start);
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    }
    times.sort((a, b) => a - b);
    return { p50: times[Math.floor(runs * 0.5)]!, p95: times[Math.floor(runs * 0.95)]! };
  }

  const pad = (n: number) => `${n.toFixed(2).padStart(6)} ms`;
  const cold: Array<{ path: string; value: number; ok: boolean }> = [];
  const cached: Array<{ path: string; value: number; ok: boolean }> = [];
  const goals = Object.values(ESSEN_GOALS_MS);
  for (const [i, path] of publicRoutes(db).entries()) {
    const goal = goals[i]!;
    const c = await time(path, true);
    const h = await time(path, false);
    const ok = c.p95 <= goal;
    cold.push({ path, value: c.p95, ok });
    cached.push({ path, value: h.p95, ok: true });
    console.log(
      `${ok ? "ok  " : "SLOW"} ${path.padEnd(52)} cold p50 ${pad(c.p50)} p95 ${pad(c.p95)} (goal ≤ ${goal} ms) · cached p50 ${pad(h.p50)} p95 ${pad(h.p95)}`,
    );
  }
  cleanup();
  const slowest = (a: number, b: number) => b - a;
  return [
    worstRow(`Essen in-process cold p95 (${runs} runs)`, `per route, ${Math.min(...goals)}–${Math.max(...goals)} ms`, cold, ms, slowest),
    { ...worstRow(`Essen in-process cached p95 (${runs} runs)`, "–", cached, ms, slowest), ok: true },
  ];
}
