import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, signInAsDemoAdmin, startServer, waitUntilHealthy, writeValue } from "../../../scripts/server-process";

const dir = mkdtempSync(join(tmpdir(), "sm-two-processes-"));
const databasePath = join(dir, "shared.db");
const server = startServer(databasePath);
afterAll(async () => {
  server.child.kill("SIGTERM");
  await server.exited;
  rmSync(dir, { recursive: true, force: true });
});

/** `npm run user:create` as its own process on the server's database file. */
function createUser(n: number): Promise<number | null> {
  const cli = spawn(
    process.execPath,
    ["--import", "tsx", "packages/db/src/user-create-cli.ts", "--email", `cli${n}@example.org`, "--name", `CLI ${n}`, "--role", "lead"],
    { cwd: repoRoot, env: { ...process.env, DATABASE_PATH: databasePath }, stdio: "ignore" },
  );
  return new Promise((resolve) => cli.once("exit", resolve));
}

/** Another process committing small writes as fast as it can, as a busy CLI or a backup tool might. */
function hammer(ms: number): Promise<number | null> {
  const code = `
    const db = new (require("better-sqlite3"))(process.argv[1]);
    db.pragma("busy_timeout = 5000");
    const touch = db.prepare("INSERT INTO health_probe (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at");
    const end = Date.now() + ${ms};
    while (Date.now() < end) touch.run(String(Date.now()));
  `;
  const child = spawn(process.execPath, ["-e", code, databasePath], { cwd: repoRoot, stdio: "ignore" });
  return new Promise((resolve) => child.once("exit", resolve));
}

describe("a second process writing to the same database", () => {
  it("makes writers wait for each other instead of failing: every server write and every CLI run succeeds", async () => {
    await waitUntilHealthy(server.base);
    const cookie = await signInAsDemoAdmin(server.base);
    const clis = Promise.all([1, 2, 3, 4].map(createUser));
    let done = false;
    void clis.then(() => (done = true));
    const statuses: Array<number | null> = [];
    for (let n = 0; !done || n < 100; n++) statuses.push(await writeValue(server.base, cookie, `parallel-${n}`, n));
    expect(await clis).toEqual([0, 0, 0, 0]);
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
  }, 90_000);

  it("keeps the server's read-then-write transactions from failing while another process commits all the time", async () => {
    const cookie = await signInAsDemoAdmin(server.base);
    let done = false;
    const other = hammer(3_000).then((code) => ((done = true), code));
    const statuses: Array<number | null> = [];
    for (let n = 0; !done; n++) statuses.push(await writeValue(server.base, cookie, `busy-${n}`, n));
    expect(await other).toBe(0);
    expect(statuses.length).toBeGreaterThan(50);
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
  }, 90_000);
});
