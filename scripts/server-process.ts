import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** The server as its own process on a database file, for checks that need a real second process. */
export const repoRoot = fileURLToPath(new URL("../", import.meta.url));

export interface ServerProcess {
  base: string;
  child: ChildProcess;
  exited: Promise<unknown>;
}

export interface StartOptions {
  /** another server script (relative to the repository), e.g. the bench's bare Hono app */
  script?: string;
  /** extra environment, e.g. SEED_DIR; API only unless it says otherwise (`API_ONLY: "0"` serves the built web app too) */
  env?: Record<string, string>;
  /** extra options for node, e.g. --cpu-prof */
  nodeArgs?: string[];
}

export function startServer(
  databasePath: string,
  port = 40_000 + Math.floor(Math.random() * 20_000),
  { script = "apps/api/src/server.ts", env = {}, nodeArgs = [] }: StartOptions = {},
): ServerProcess {
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", join(repoRoot, script)], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_PATH: databasePath, PORT: String(port), API_ONLY: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { base: `http://127.0.0.1:${port}`, child, exited: new Promise((r) => child.once("exit", r)) };
}

/** Waits until `path` answers 2xx (the API's health by default); a server that seeds a large city needs a longer `timeoutMs`. */
export async function waitUntilHealthy(base: string, { path = "/api/health", timeoutMs = 30_000 } = {}): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}${path}`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("Der Server wurde nicht bereit.");
}

/** Signs in as the demo administrator; returns the Cookie header. */
export async function signInAsDemoAdmin(base: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/session`, {
    method: "POST",
    headers: { origin: base, "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@demo.strategiemonitor.example", password: "Demo-Passwort-2026" }),
  });
  if (!res.ok) throw new Error(`Anmeldung: ${res.status}`);
  return res.headers.get("set-cookie")!.split(";")[0]!;
}

/** Adds one KPI value as example data; the status the server answered, or null when the connection broke. */
export async function writeValue(base: string, cookie: string, note: string, value: number): Promise<number | null> {
  try {
    const res = await fetch(`${base}/api/v1/kpis/online-services/values`, {
      method: "POST",
      headers: { origin: base, cookie, "content-type": "application/json" },
      body: JSON.stringify({ date: "2026-01-01", value, isExample: true, note }),
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return null;
  }
}
