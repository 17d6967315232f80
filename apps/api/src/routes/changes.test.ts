import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changesResponseSchema, errorResponseSchema } from "@sm/domain";
import { createTestApp, getJson, send, signIn, USERS } from "../testing";

const { app, cleanup } = createTestApp();
afterAll(cleanup);
let council = "";
beforeAll(async () => {
  council = await signIn(app, USERS.council);
});

const changes = async (query: string, cookie?: string) => {
  const res = cookie ? await send(app, "GET", `/api/v1/changes${query}`, undefined, cookie) : await app.request(`/api/v1/changes${query}`);
  expect(res.status).toBe(200);
  return changesResponseSchema.parse(await res.json());
};

describe("GET /api/v1/changes", () => {
  it("defaults to the period since the last committee session", async () => {
    const c = await changes("");
    expect(c).toMatchObject({ from: "2026-09-22", to: "2026-11-27", since: { date: "2026-09-22" } });
  });

  it("lists status changes with reasons, completions, progress jumps and new KPI values per field", async () => {
    const c = await changes("?from=2023-12-31&to=2024-12-31");
    const a = c.fields.find((f) => f.code === "A")!;
    expect(a.statusChanges).toEqual([
      { code: "A-01", title: "Online-Anmeldung", isPublic: true, date: "2024-01-15", from: "planned", to: "in_progress", reason: "" },
      { code: "A-01", title: "Online-Anmeldung", isPublic: true, date: "2024-11-30", from: "in_progress", to: "done", reason: "" },
    ]);
    expect(a.completed.map((m) => m.code)).toEqual(["A-01"]);
    expect(a.progressChanges).toEqual([{ code: "A-01", title: "Online-Anmeldung", isPublic: true, from: 0, to: 100 }]);
    expect(a.newKpiValues).toEqual([
      {
        id: "online-services", title: expect.any(String), unit: expect.any(String), decimals: 0, date: "2024-01-01", value: 150,
        sourceUrl: "https://example.org/2024", sourceLabel: "Bericht 2024", isExample: false,
      },
    ]);
    expect(a.internalNotes).toBeUndefined();
  });

  it("shows measures that became late or stale", async () => {
    const c = await changes("?from=2026-06-30&to=2026-11-27");
    const a = c.fields.find((f) => f.code === "A")!;
    expect(a.becameStale.map((m) => m.code)).toEqual(["A-02"]);
  });

  it("gives council members the internal notes of the period, the public never", async () => {
    const withNotes = await changes("?from=2025-01-01&to=2025-06-30", council);
    expect(withNotes.fields.every((f) => Array.isArray(f.internalNotes))).toBe(true);
    const text = JSON.stringify(await changes("?from=2025-01-01&to=2025-06-30"));
    expect(text).not.toContain("internalNotes");
  });

  it("marks the measures not marked public, which only council members read about", async () => {
    const a = (await changes("?from=2025-01-01&to=2025-06-30", council)).fields.find((f) => f.code === "A")!;
    const flags = (items: { code: string; isPublic: boolean }[]) => Object.fromEntries(items.map((m) => [m.code, m.isPublic]));
    expect(flags(a.statusChanges)).toEqual({ "A-02": true, "A-03": false });
    expect(flags(a.progressChanges)).toEqual({ "A-02": true, "A-03": false });
    // Anonymous readers never get such a measure, so every flag they see is true.
    const everything = await changes("?from=2023-01-01");
    const refs = everything.fields.flatMap((f) => [...f.statusChanges, ...f.progressChanges, ...f.completed, ...f.becameLate, ...f.becameStale]);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((m) => m.isPublic)).toBe(true);
  });

  it.each([
    ["?from=2026-11-01&to=2026-10-01", "from"],
    ["?to=2026-12-01", "to"],
    ["?from=2022-01-01", "from"],
    ["?from=31.12.2025", "from"],
  ])("answers 400 for %s naming %s", async (query, param) => {
    const { status, body } = await getJson(app, `/api/v1/changes${query}`);
    expect(status).toBe(400);
    expect(errorResponseSchema.parse(body).error.param).toBe(param);
  });

  it("lists the committee's sessions", async () => {
    const { body } = await getJson(app, "/api/v1/committee-sessions");
    expect((body as { items: { date: string }[] }).items.map((s) => s.date)).toEqual(["2025-12-09", "2026-09-22", "2026-12-08"]);
  });
});
