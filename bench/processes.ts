import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { startServer, waitUntilHealthy, type ServerProcess, type StartOptions } from "../scripts/server-process";
import { SETTINGS } from "./settings";

/** Resident memory of a process now (VmRSS) and at its peak so far (VmHWM), in bytes, from /proc. */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb("VmRSS"), peak: kb("VmHWM") };
}

const canPin = SETTINGS.pin && availableParallelism() >= 2 && existsSync("/usr/bin/taskset");

/**
 * Servers on the last core, the bench (and so autocannon) on the first: the load generator then
 * takes no CPU from the server it measures, and both servers run alike. All threads of a process.
 */
function pin(pid: number, core: number): void {
  if (canPin) execFileSync("taskset", ["-a", "-pc", String(core), String(pid)], { stdio: "ignore" });
}
export const pinBench = () => pin(process.pid, 0);
/** Back to every core: a browser the bench starts (Lighthouse, Chromium) must not share one core with it. */
export const unpinBench = () => {
  if (canPin) execFileSync("taskset", ["-a", "-pc", `0-${availableParallelism() - 1}`, String(process.pid)], { stdio: "ignore" });
};

export interface Running extends ServerProcess {
  pid: number;
  stop(): Promise<void>;
}

/** A server as its own process (ours, or the bare Hono app with `script`), pinned and answering. */
export async function startPinned(
  databasePath: string,
  options: StartOptions & { healthPath?: string; readyWithinMs?: number } = {},
): Promise<Running> {
  const server = startServer(databasePath, undefined, options);
  const pid = server.child.pid!;
  const stop = async () => {
    if (server.child.exitCode === null) server.child.kill("SIGTERM");
    await server.exited;
  };
  try {
    await waitUntilHealthy(server.base, { path: options.healthPath, timeoutMs: options.readyWithinMs });
    pin(pid, availableParallelism() - 1);
  } catch (error) {
    await stop();
    throw error;
  }
  return { ...server, pid, stop };
}
