import { performance } from "node:perf_hooks";
import { createTestDb, FIXTURES } from "@sm/db/testing";
import { createApp } from "../apps/api/src/app";
import { WEB_DIST_DIR } from "../apps/api/src/web-app";
import { firstViewScriptSize } from "./first-view-size";

/**
 * Speed goals for the public API on the Essen demo data, measured in-process (no network):
 * `npm run bench`. Prints p50/p95 per route and exits non-zero when a p95 misses its goal.
 */
const GOALS_MS: Record<string, number> = {
  "/api/v1/strategy": 20,
  "/api/v1/fields/HF1": 25,
  "/api/v1/measures": 20,
  "/api/v1/measures?q=online&sort=progress&order=desc": 20,
  "/api/v1/measures?q=opendata": 20,
  "/api/v1/measures?q=KI": 20,
  "/api/v1/measures/HF1-01": 10,
  "/api/v1/kpis": 15,
  "/api/v1/kpis?q=online": 15,
  "/api/v1/progress": 60,
  "/api/v1/progress?field=HF3": 30,
  "/api/v1/strategy?asOf=2024-06-30": 20,
  "/api/v1/changes": 60,
  "/api/v1/changes?from=2023-01-01": 100,
  "/api/v1/fields/HF1/timeline": 15,
};
const RUNS = 200;

const { db, cleanup } = createTestDb(FIXTURES.essen);
const app = createApp({ db, clock: () => new Date("2026-11-27T11:00:00Z") });
let failed = false;

for (const [path, goal] of Object.entries(GOALS_MS)) {
  for (let i = 0; i < 10; i++) await (await app.request(path)).arrayBuffer(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const res = await app.request(path);
    await res.arrayBuffer();
    times.push(performance.now() - start);
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(RUNS * 0.5)]!;
  const p95 = times[Math.floor(RUNS * 0.95)]!;
  const ok = p95 <= goal;
  failed ||= !ok;
  console.log(`${ok ? "ok  " : "SLOW"} ${path.padEnd(52)} p50 ${p50.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  (goal p95 ≤ ${goal} ms)`);
}
cleanup();
const script = firstViewScriptSize(WEB_DIST_DIR);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(
  script
    ? `JavaScript before any page (entry chunk and its static imports, ${script.files} files): ${kb(script.plain)}, ${kb(script.brotli)} with brotli`
    : "JavaScript before any page: no build found (npm run build)",
);
process.exit(failed ? 1 : 0);
