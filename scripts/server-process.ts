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

/** API only unless `env` says otherwise (`{ API_ONLY: "0" }` serves the built web app too). */
export function startServer(
  databasePath: string,
  port = 40_000 + Math.floor(Math.random() * 20_000),
  env: Record<string, string> = {},
): ServerProcess {
  const child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "apps/api/src/server.ts")], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_PATH: databasePath, PORT: String(port), API_ONLY: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { base: `http://127.0.0.1:${port}`, child, exited: new Promise((r) => child.once("exit", r)) };
}

export async function waitUntilHealthy(base: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
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
