import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WEB_DIST_DIR } from "../apps/api/src/web-app";
import { essenInProcess } from "./essen";
import { EXTRA_ROW_SOURCES } from "./extra-rows";
import { firstViewScriptSize } from "./first-view-size";
import { largeCity } from "./large-city";
import { memoryUnderLoad } from "./memory";
import { pinBench, startPinned, unpinBench } from "./processes";
import { type BenchRow, printReport } from "./report";
import { SETTINGS } from "./settings";
import { healthVersusBare, routesVersusHealth } from "./throughput";
import { publicRoutes } from "./routes";
import { openDatabase } from "@sm/db";

/**
 * `npm run bench`: the server's figures against issue 10's goals, in one run, printed as one
 * table (what | now | goal | ok/MISS); exits non-zero when a figure misses its goal.
 * 1. /api/health throughput against a bare Hono app, both real servers in their own processes,
 *    load from autocannon; 2. every public read route against /api/health; 3. the server's RSS
 *    under a minute of load and idle after; 4. the large city over HTTP; 5. the in-process
 *    cold/cached latencies on Essen and the first-view JavaScript size. Durations and runs:
 *    settings.ts (BENCH_QUICK=1 for a short look, BENCH_ONLY=essen,health,routes,memory,city).
 */
const rows: BenchRow[] = [];
const section = (title: string) => console.log(`\n## ${title}`);
pinBench();

if (SETTINGS.only.has("essen")) {
  section("Essen demo, in-process (cold: computed as after a write; cached: from the answer cache)");
  rows.push(...(await essenInProcess()));
}

if (SETTINGS.only.has("health") || SETTINGS.only.has("routes") || SETTINGS.only.has("memory")) {
  // Servers on the Essen demo; each seeds its database file itself at start.
  const dir = mkdtempSync(join(tmpdir(), "sm-bench-"));
  try {
    if (SETTINGS.only.has("health") || SETTINGS.only.has("routes")) {
      section(`Throughput (autocannon, ${SETTINGS.connections} connections, Essen demo)`);
      const ours = await startPinned(join(dir, "throughput.db"));
      try {
        if (SETTINGS.only.has("health")) {
          const bare = await startPinned(join(dir, "unused.db"), { script: "bench/bare-hono.ts", healthPath: "/" });
          try {
            rows.push(...(await healthVersusBare(ours, bare)));
          } finally {
            await bare.stop();
          }
        }
        if (SETTINGS.only.has("routes")) {
          const db = openDatabase(join(dir, "throughput.db"));
          const routes = publicRoutes(db);
          db.close();
          rows.push(...(await routesVersusHealth(ours, routes)));
        }
      } finally {
        await ours.stop();
      }
    }
    if (SETTINGS.only.has("memory")) {
      section(`Memory (${SETTINGS.memorySeconds} s of /api/health load on a fresh server, then ${SETTINGS.idleSeconds} s idle)`);
      const server = await startPinned(join(dir, "memory.db"));
      try {
        rows.push(...(await memoryUnderLoad(server)));
      } finally {
        await server.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (SETTINGS.only.has("city")) {
  section(`Large city (${SETTINGS.citySeed}) over HTTP`);
  rows.push(...(await largeCity()));
}

const script = firstViewScriptSize(WEB_DIST_DIR);
rows.push({
  what: "JavaScript before any page (entry and its static imports)",
  now: script ? `${(script.plain / 1024).toFixed(0)} KB, ${(script.brotli / 1024).toFixed(0)} KB brotli (${script.files} files)` : "no build (npm run build)",
  goal: "–",
  ok: true,
});

// The place for figures from other modules (Lighthouse, DOM nodes): see extra-rows.ts.
unpinBench();
for (const source of EXTRA_ROW_SOURCES) {
  section(source.name);
  try {
    rows.push(...(await source.rows()));
  } catch (error) {
    rows.push({ what: source.name, now: `failed: ${(error as Error).message}`, goal: "–", ok: false });
  }
}

section("Summary");
printReport(rows);
process.exit(rows.every((r) => r.ok) ? 0 : 1);
