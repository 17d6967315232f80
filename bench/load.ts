import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { SETTINGS } from "./settings";

/** CPU time (user + system) a process has used so far, in ms, from /proc (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export interface Load {
  /** requests per second the server sustained */
  rps: number;
  /** the server's CPU time per answered request, in µs: what it costs, whatever else the machine does */
  cpuUs: number;
}

/**
 * Requests per second one server sustains on one address under autocannon's load (a few
 * connections, keep-alive), and its CPU time per request. A run with errors, timeouts or non-2xx
 * answers counts as 0: a server that fails fast must not look fast.
 */
export async function load(url: string, pid: number, seconds = SETTINGS.loadSeconds, headers: Record<string, string> = {}): Promise<Load> {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({ url, connections: SETTINGS.connections, duration: seconds, headers });
  const cpu = cpuMs(pid) - cpuBefore;
  if (result.errors > 0 || result.timeouts > 0 || result.non2xx > 0) {
    console.log(`  ${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx – counted as 0`);
    return { rps: 0, cpuUs: Infinity };
  }
  return { rps: result.requests.average, cpuUs: (cpu * 1000) / Math.max(1, result.requests.total) };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const perSecond = (n: number) => `${Math.round(n).toLocaleString("en")} req/s`;
export const micros = (n: number) => `${Math.round(n)} µs`;
