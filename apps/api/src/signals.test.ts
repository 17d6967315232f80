import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES } from "@sm/db/testing";
import { measureDetailSchema, measureListResponseSchema, strategyResponseSchema } from "@sm/domain";
import { createTestApp, getJson } from "./testing";

const { app, cleanup } = createTestApp();
const dir = mkdtempSync(join(tmpdir(), "sm-thresholds-"));
afterAll(() => {
  cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe("staleness on public reads", () => {
  it("shows the last update and whether an update is due", async () => {
    const list = measureListResponseSchema.parse((await getJson(app, "/api/v1/measures")).body);
    const byCode = Object.fromEntries(list.items.map((m) => [m.code, m]));
    // last update 2026-06-30, 150 days before 2026-11-27, interval 90 days.
    expect(byCode["A-02"]).toMatchObject({ lastUpdate: "2026-06-30", daysSinceUpdate: 150, updateDue: true });
    // Done and cancelled measures owe nothing.
    expect(byCode["A-01"]!.updateDue).toBe(false);
    expect(byCode["B-02"]!.updateDue).toBe(false);
  });

  it("filters the measures whose update is overdue, for the council's list", async () => {
    const due = measureListResponseSchema.parse((await getJson(app, "/api/v1/measures?updateDue=true")).body);
    expect(due.items.map((m) => m.code)).toEqual(["A-02", "B-01"]);
    expect(due.total).toBe(2);
    const notDue = measureListResponseSchema.parse((await getJson(app, "/api/v1/measures?updateDue=false")).body);
    expect(notDue.total).toBe(2);
    expect((await getJson(app, "/api/v1/measures?updateDue=ja")).status).toBe(400);
  });

  it("judges staleness on the date asked for", async () => {
    const m = measureDetailSchema.parse((await getJson(app, "/api/v1/measures/A-02?asOf=2026-07-15")).body);
    expect(m).toMatchObject({ daysSinceUpdate: 15, updateDue: false });
  });
});

describe("on-track thresholds per strategy", () => {
  it("come from the strategy's seed and change the signals", async () => {
    cpSync(FIXTURES.mini, dir, { recursive: true });
    const strategy = JSON.parse(readFileSync(join(dir, "strategy.json"), "utf8")) as Record<string, unknown>;
    // B-01 is 50 % against a plan of about 77 %: critical by default, only behind with lenient thresholds.
    writeFileSync(join(dir, "strategy.json"), JSON.stringify({ ...strategy, signalThresholds: { ahead: 20, onTrack: -20, behind: -40 } }));
    const lenient = createTestApp(dir);
    const s = strategyResponseSchema.parse((await getJson(lenient.app, "/api/v1/strategy")).body);
    expect(s.signalThresholds).toEqual({ ahead: 20, onTrack: -20, behind: -40 });
    const b01 = measureDetailSchema.parse((await getJson(lenient.app, "/api/v1/measures/B-01")).body);
    const b01Default = measureDetailSchema.parse((await getJson(app, "/api/v1/measures/B-01")).body);
    expect(b01Default.signal).toBe("critical");
    expect(b01.signal).toBe("behind");
    lenient.cleanup();
  });
});
