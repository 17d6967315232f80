import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

describe("durability (npm run check:durability)", () => {
  it("keeps every acknowledged write through repeated SIGKILLs, and the file passes integrity_check", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-durability.ts"], {
      cwd: root,
      env: { ...process.env, CYCLES: "3" },
      encoding: "utf8",
      timeout: 90_000,
    });
    expect(run.stdout).toMatch(/verloren: 0/);
    expect(run.stdout).toMatch(/integrity_check: ok/);
    expect(run.status, run.stderr).toBe(0);
  }, 120_000);
});
