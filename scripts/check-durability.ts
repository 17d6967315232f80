/**
 * `npm run check:durability`: does every write the server acknowledged survive a crash?
 * Starts the server on a temporary database, writes KPI values in a loop, kills the process with
 * SIGKILL at random moments, restarts it, and finally checks the file with PRAGMA integrity_check
 * and looks for every value that was answered with 201. Prints its figures; exits 1 on a loss.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { signInAsDemoAdmin, startServer, waitUntilHealthy, writeValue } from "./server-process";

const CYCLES = Number(process.env.CYCLES ?? 6);
const dir = mkdtempSync(join(tmpdir(), "sm-durability-"));
const databasePath = join(dir, "durability.db");

const acknowledged: string[] = [];
let refusedOrCut = 0;

/** Writes until the server dies under it. */
async function writeLoop(base: string, cookie: string, cycle: number): Promise<void> {
  for (let n = 0; ; n++) {
    const note = `durability-${cycle}-${n}`;
    const status = await writeValue(base, cookie, note, n);
    if (status === 201) acknowledged.push(note);
    else refusedOrCut++;
    if (status === null) return; // the connection died with the process
  }
}

async function main() {
  const started = Date.now();
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const server = startServer(databasePath);
    await waitUntilHealthy(server.base);
    const cookie = await signInAsDemoAdmin(server.base);
    const loop = writeLoop(server.base, cookie, cycle);
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 900));
    server.child.kill("SIGKILL");
    await loop;
    await server.exited;
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
