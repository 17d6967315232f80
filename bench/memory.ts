import autocannon from "autocannon";
import { type BenchRow, mb } from "./report";
import { memoryOf, type Running } from "./processes";
import { SETTINGS } from "./settings";

/** Resident memory of the server under /api/health load and when idle afterwards; goal ≤ 200 MB. */
export const MEMORY_GOAL_BYTES = 200 * 2 ** 20;
/** "Flat": from the first reading to the end of the load, RSS grows by at most this much. */
export const MEMORY_GROWTH_GOAL_BYTES = 20 * 2 ** 20;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Puts a freshly started server under /api/health load for BENCH_MEMORY_SECONDS (60 s), reading
 * its RSS every second; the reading at BENCH_MEMORY_AT (20 s), the highest of the whole load and
 * the one after BENCH_IDLE_SECONDS (10 s) without load are the figures.
 */
export async function memoryUnderLoad(server: Running): Promise<BenchRow[]> {
  const start = memoryOf(server.pid).rss;
  const readings: Array<{ at: number; rss: number }> = [];
  const began = Date.now();
  const sampler = setInterval(() => readings.push({ at: (Date.now() - began) / 1000, rss: memoryOf(server.pid).rss }), 1000);
  const load = await autocannon({ url: `${server.base}/api/health`, connections: SETTINGS.connections, duration: SETTINGS.memorySeconds });
  clearInterval(sampler);
  const end = memoryOf(server.pid).rss;
  await sleep(SETTINGS.idleSeconds * 1000);
  const idle = memoryOf(server.pid).rss;
  const at = readings.find((r) => r.at >= SETTINGS.memoryAtSeconds)?.rss ?? end;
  const peak = Math.max(end, ...readings.map((r) => r.rss));
  const growth = end - at;
  console.log(
    `RSS at start ${mb(start)}, after ${SETTINGS.memoryAtSeconds} s ${mb(at)}, highest ${mb(peak)}, after ${SETTINGS.memorySeconds} s ${mb(end)}, ` +
      `${SETTINGS.idleSeconds} s idle ${mb(idle)} (${load.requests.total.toLocaleString("en")} requests, ${load.errors + load.non2xx} failed)`,
  );
  const within = (bytes: number) => bytes <= MEMORY_GOAL_BYTES;
  const goal = `≤ ${mb(MEMORY_GOAL_BYTES)}`;
  return [
    { what: `server RSS after ${SETTINGS.memoryAtSeconds} s of /api/health load`, now: mb(at), goal, ok: within(at) },
    { what: `server RSS, highest over ${SETTINGS.memorySeconds} s of load`, now: mb(peak), goal, ok: within(peak) },
    {
      what: `server RSS growth from ${SETTINGS.memoryAtSeconds} s to ${SETTINGS.memorySeconds} s (flat)`,
      now: `${growth >= 0 ? "+" : ""}${mb(growth)}`,
      goal: `≤ +${mb(MEMORY_GROWTH_GOAL_BYTES)}`,
      ok: growth <= MEMORY_GROWTH_GOAL_BYTES && load.errors + load.non2xx === 0,
    },
    { what: `server RSS after ${SETTINGS.idleSeconds} s idle`, now: mb(idle), goal, ok: within(idle) },
  ];
}
