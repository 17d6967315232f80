/**
 * `npm run check:durability`: does every write the server acknowledged survive a crash?
 * Starts the server on a temporary database, writes KPI values in a loop, kills the process with
 * SIGKILL at random moments, restarts it, and finally checks the file with PRAGMA integrity_check
 * and looks for every value that was answered with 201. Prints its figures; exits 1 on a loss.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const CYCLES = Number(process.env.CYCLES ?? 6);
const root = fileURLToPath(new URL("../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sm-durability-"));
const databasePath = join(dir, "durability.db");
const port = 40_000 + Math.floor(Math.random() * 20_000);
const base = `http://127.0.0.1:${port}`;
const origin = { origin: base };

function startServer(): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", join(root, "apps/api/src/server.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: databasePath, PORT: String(port), API_ONLY: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function waitUntilHealthy(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("Der Server wurde nicht bereit.");
}

async function signIn(): Promise<string> {
  const res = await fetch(`${base}/api/v1/session`, {
    method: "POST",
    headers: { ...origin, "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@demo.strategiemonitor.example", password: "Demo-Passwort-2026" }),
  });
  if (!res.ok) throw new Error(`Anmeldung: ${res.status}`);
  return res.headers.get("set-cookie")!.split(";")[0]!;
}

const acknowledged: string[] = [];
let refusedOrCut = 0;

/** Writes until the server dies under it. */
async function writeLoop(cookie: string, cycle: number): Promise<void> {
  for (let n = 0; ; n++) {
    const note = `durability-${cycle}-${n}`;
    try {
      const res = await fetch(`${base}/api/v1/kpis/online-services/values`, {
        method: "POST",
        headers: { ...origin, cookie, "content-type": "application/json" },
        body: JSON.stringify({ date: "2026-01-01", value: n, isExample: true, note }),
      });
      if (res.status === 201) acknowledged.push(note);
      else refusedOrCut++;
    } catch {
      refusedOrCut++;
      return; // the connection died with the process
    }
  }
}

async function main() {
  const started = Date.now();
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const server = startServer();
    const exited = new Promise((r) => server.once("exit", r));
    await waitUntilHealthy();
    const cookie = await signIn();
    const loop = writeLoop(cookie, cycle);
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 900));
    server.kill("SIGKILL");
    await loop;
    await exited;
  }

  const db = new Database(databasePath, { readonly: true });
  const integrity = db.pragma("integrity_check", { simple: true });
  const stored = new Set(
    db.prepare("SELECT note FROM kpi_values WHERE note LIKE 'durability-%'").pluck().all() as string[],
  );
  db.close();
  const lost = acknowledged.filter((note) => !stored.has(note));
  console.log(`Durchläufe mit SIGKILL: ${CYCLES}`);
  console.log(`bestätigte Schreibvorgänge (201): ${acknowledged.length}`);
  console.log(`gespeichert, aber unbestätigt oder abgebrochen: ${stored.size - (acknowledged.length - lost.length)} (von ${refusedOrCut} ohne 201)`);
  console.log(`verloren: ${lost.length}`);
  console.log(`integrity_check: ${String(integrity)}`);
  console.log(`Dauer: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  rmSync(dir, { recursive: true, force: true });
  if (lost.length > 0 || integrity !== "ok" || acknowledged.length === 0) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
