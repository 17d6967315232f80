import { type BenchRow, worstRow } from "./report";
import { load, median, micros, perSecond } from "./load";
import type { Running } from "./processes";
import { SETTINGS } from "./settings";

/** Throughput ratio of /api/health of our server to a bare Hono hello world; goal ≥ 0.6. */
export const HEALTH_RATIO_GOAL = 0.6;
/** Throughput ratio of each public read route to /api/health; goal ≥ 0.5. */
export const ROUTE_RATIO_GOAL = 0.5;

/**
 * Runs alternate between the two servers (ours, bare, ours, bare, …) so that whatever else the
 * machine does at the time falls on both; the medians of three runs each are compared. The
 * servers' CPU time per request is printed beside: it does not depend on how fast the load
 * generator is on a busy machine.
 */
export async function healthVersusBare(ours: Running, bare: Running): Promise<BenchRow[]> {
  const health: number[] = [];
  const hello: number[] = [];
  const healthCpu: number[] = [];
  const helloCpu: number[] = [];
  // Warm-up: the first seconds of a process are spent compiling, not serving.
  await load(`${ours.base}/api/health`, ours.pid, 2);
  await load(`${bare.base}/`, bare.pid, 2);
  for (let i = 0; i < 3; i++) {
    const h = await load(`${ours.base}/api/health`, ours.pid);
    const b = await load(`${bare.base}/`, bare.pid);
    health.push(h.rps);
    healthCpu.push(h.cpuUs);
    hello.push(b.rps);
    helloCpu.push(b.cpuUs);
  }
  const h = median(health);
  const b = median(hello);
  const ratio = b > 0 ? h / b : 0;
  console.log(`/api/health ${health.map(perSecond).join(", ")}; server CPU per request ${micros(median(healthCpu))}`);
  console.log(`bare Hono   ${hello.map(perSecond).join(", ")}; server CPU per request ${micros(median(helloCpu))}`);
  return [
    {
      what: "throughput /api/health ÷ bare Hono (median of 3)",
      now: `${ratio.toFixed(2)} (${perSecond(h)} vs ${perSecond(b)})`,
      goal: `≥ ${HEALTH_RATIO_GOAL}`,
      ok: ratio >= HEALTH_RATIO_GOAL,
    },
  ];
}

/**
 * Every public read route against /api/health on the same server, in rounds (health, each route;
 * three rounds) so each ratio is of runs close in time. Requests ask for compression as browsers
 * do. The routes answer from the answer cache after the first request, so this is the cost of
 * serving a known answer.
 */
export async function routesVersusHealth(ours: Running, routes: string[]): Promise<BenchRow[]> {
  const headers = { "accept-encoding": "gzip, deflate, br" };
  const health: number[] = [];
  const perRoute = new Map<string, Array<{ rps: number; cpuUs: number }>>(routes.map((r) => [r, []]));
  for (const path of routes) await fetch(`${ours.base}${path}`).then((r) => r.arrayBuffer()); // first, computed answer
  for (let round = 0; round < 3; round++) {
    health.push((await load(`${ours.base}/api/health`, ours.pid, SETTINGS.routeSeconds, headers)).rps);
    for (const path of routes) perRoute.get(path)!.push(await load(`${ours.base}${path}`, ours.pid, SETTINGS.routeSeconds, headers));
  }
  const h = median(health);
  console.log(`/api/health ${health.map(perSecond).join(", ")}`);
  const results = routes.map((path) => {
    const runs = perRoute.get(path)!;
    const rps = median(runs.map((r) => r.rps));
    const value = h > 0 ? rps / h : 0;
    const ok = value >= ROUTE_RATIO_GOAL;
    console.log(
      `${ok ? "ok  " : "SLOW"} ${path.padEnd(52)} ${perSecond(rps).padStart(12)} = ${value.toFixed(2)} × /api/health (goal ≥ ${ROUTE_RATIO_GOAL}); ` +
        `server CPU per request ${micros(median(runs.map((r) => r.cpuUs)))}`,
    );
    return { path, value, ok };
  });
  return [worstRow("throughput of a route ÷ /api/health (Essen, median of 3)", `≥ ${ROUTE_RATIO_GOAL} each`, results, (v) => v.toFixed(2), (a, b) => a - b)];
}
