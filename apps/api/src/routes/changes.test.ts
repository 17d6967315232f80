import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHANGES_PAGE_SIZE,
  CHANGES_SUMMARY_LIMIT,
  changesListResponseSchema,
  changesResponseSchema,
  errorResponseSchema,
  kpiDetailSchema,
  projectKpi,
} from "@sm/domain";
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
    const sourced = { date: "2024-01-01", value: 150, sourceUrl: "https://example.org/2024", sourceLabel: "Bericht 2024", isExample: false };
    expect(a.newKpiValues).toEqual([
      { id: "online-services", title: expect.any(String), unit: expect.any(String), decimals: 0, count: 1, first: sourced, latest: sourced, previous: null },
    ]);
    expect(a.internalNotes).toBeUndefined();
    expect(a.totals).toMatchObject({ statusChanges: 2, completed: 1, progressChanges: 1, newKpiValues: 1 });
    expect(a.totals.internalNotes).toBeUndefined();
  });

  it("sums up a KPI's new values: how many, the first, the latest and the one before the period, each with its mark", async () => {
    const sourced = { date: "2024-01-01", value: 150, sourceUrl: "https://example.org/2024", sourceLabel: "Bericht 2024", isExample: false };
    const example = { date: "2025-01-01", value: 200, sourceUrl: null, sourceLabel: "", isExample: true };
    const both = (await changes("?from=2023-12-31&to=2025-06-30")).fields.find((f) => f.code === "A")!.newKpiValues;
    expect(both).toEqual([expect.objectContaining({ id: "online-services", count: 2, first: sourced, latest: example, previous: null })]);
    const later = (await changes("?from=2024-06-30&to=2026-11-27")).fields.find((f) => f.code === "A")!.newKpiValues;
    expect(later).toEqual([expect.objectContaining({ count: 1, first: example, latest: example, previous: sourced })]);
    // A period without new values lists none.
    expect((await changes("?from=2025-06-30&to=2026-11-27")).fields.every((f) => f.newKpiValues.length === 0 && f.totals.newKpiValues === 0)).toBe(true);
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

  it.each([
    ["?field=A&kind=statusChanges&page=0", "page"],
    ["?field=A&kind=everything", "kind"],
    ["?kind=statusChanges", "field"],
    ["?field=A&kind=statusChanges&page=2&from=2023-01-01", "page"],
    ["?field=A&kind=statusChanges&to=2026-12-01", "to"],
    ["?field=A&kind=internalNotes&from=2023-01-01", "kind"],
  ])("answers 400 for the list %s naming %s", async (query, param) => {
    const { status, body } = await getJson(app, `/api/v1/changes/list${query}`);
    expect(status).toBe(400);
    expect(errorResponseSchema.parse(body).error.param).toBe(param);
  });

  it("answers 404 for the list of a field that does not exist", async () => {
    expect((await app.request("/api/v1/changes/list?field=ZZ&kind=statusChanges")).status).toBe(404);
  });

  it("lists the committee's sessions", async () => {
    const { body } = await getJson(app, "/api/v1/committee-sessions");
    expect((body as { items: { date: string }[] }).items.map((s) => s.date)).toEqual(["2025-12-09", "2026-09-22", "2026-12-08"]);
  });
});

describe("GET /api/v1/changes in a city with long lists", () => {
  const long = createTestApp();
  afterAll(long.cleanup);
  const FROM = "2025-06-30";
  const TO = "2026-11-27";
  const PUBLIC_CHANGES = 450;
  const INTERNAL_CHANGES = 30;
  let rat = "";
  beforeAll(async () => {
    // A-01 (public, done since 2024) and A-03 (not public, in progress) change status every day, each
    // update with a council note; no fixture update of theirs falls in the period.
    const insert = long.db.prepare(
      `INSERT INTO measure_updates (measure_id, date, status, progress, internal_note)
       VALUES ((SELECT id FROM measures WHERE code = ?), date(?, '+' || ? || ' days'), ?, 50, ?)`,
    );
    long.db.transaction(() => {
      for (let i = 0; i < PUBLIC_CHANGES; i++) insert.run("A-01", "2025-07-01", i, i % 2 ? "delayed" : "in_progress", `Notiz ${i}`);
      for (let i = 0; i < INTERNAL_CHANGES; i++) insert.run("A-03", "2025-07-01", i, i % 2 ? "in_progress" : "paused", `Notiz intern ${i}`);
    }).immediate();
    rat = await signIn(long.app, USERS.council);
  });

  const get = async (path: string, cookie?: string) => {
    const res = cookie ? await send(long.app, "GET", path, undefined, cookie) : await long.app.request(path);
    expect(res.status, path).toBe(200);
    return res.json();
  };
  const summary = async (cookie?: string) => changesResponseSchema.parse(await get(`/api/v1/changes?from=${FROM}&to=${TO}`, cookie)).fields.find((f) => f.code === "A")!;
  /** Every page of a list, in order. */
  async function allPages(kind: string, cookie?: string) {
    const items: unknown[] = [];
    let total = -1;
    for (let page = 1; total < 0 || (page - 1) * CHANGES_PAGE_SIZE < total; page++) {
      const body = changesListResponseSchema.parse(await get(`/api/v1/changes/list?from=${FROM}&to=${TO}&field=A&kind=${kind}&page=${page}`, cookie));
      expect(body).toMatchObject({ kind, page, pageSize: CHANGES_PAGE_SIZE, field: { code: "A" } });
      expect(body.items.length).toBe(Math.min(CHANGES_PAGE_SIZE, body.total - (page - 1) * CHANGES_PAGE_SIZE));
      total = body.total;
      items.push(...body.items);
    }
    return { items, total };
  }

  it("cuts each list to its first entries and says how many there are", async () => {
    const a = await summary();
    expect(a.totals.statusChanges).toBeGreaterThanOrEqual(PUBLIC_CHANGES);
    expect(a.statusChanges).toHaveLength(CHANGES_SUMMARY_LIMIT);
    expect(a.statusChanges.every((c) => c.code !== "A-03")).toBe(true);
    // The entries are the first in date order.
    const dates = a.statusChanges.map((c) => c.date);
    expect(dates).toEqual([...dates].sort());
  });

  it("pages through the rest: every entry once, the summary's first, and as many as its total", async () => {
    const a = await summary();
    const { items, total } = await allPages("statusChanges");
    expect(total).toBe(a.totals.statusChanges);
    expect(items).toHaveLength(total);
    expect(items.slice(0, CHANGES_SUMMARY_LIMIT)).toEqual(a.statusChanges);
    expect(items.filter((c) => (c as { code: string }).code === "A-01")).toHaveLength(PUBLIC_CHANGES);
  });

  it("answers 400 for a page past the end, saying how many pages there are", async () => {
    const a = await summary();
    const pages = Math.ceil(a.totals.statusChanges / CHANGES_PAGE_SIZE);
    expect(pages).toBeGreaterThan(1);
    const { status, body } = await getJson(long.app, `/api/v1/changes/list?from=${FROM}&to=${TO}&field=A&kind=statusChanges&page=${pages + 3}`);
    expect(status).toBe(400);
    expect(errorResponseSchema.parse(body).error.message).toContain(`diese Liste hat nur ${pages} Seite`);
  });

  it("never lists a measure not marked public, nor internal notes, to anonymous readers", async () => {
    const { items } = await allPages("statusChanges");
    expect(items.every((c) => (c as { code: string; isPublic: boolean }).isPublic)).toBe(true);
    const text = JSON.stringify(await get(`/api/v1/changes?from=${FROM}&to=${TO}`));
    expect(text).not.toContain("Notiz");
    expect(text).not.toContain("A-03");
    expect(text).not.toContain("internalNotes");
  });

  it("gives council members the internal measures and all notes, also page by page", async () => {
    const anonymous = await summary();
    const council = await summary(rat);
    expect(council.totals.statusChanges - anonymous.totals.statusChanges).toBeGreaterThanOrEqual(INTERNAL_CHANGES);
    expect(council.internalNotes).toHaveLength(CHANGES_SUMMARY_LIMIT);
    expect(council.totals.internalNotes).toBeGreaterThanOrEqual(PUBLIC_CHANGES + INTERNAL_CHANGES);
    const notes = await allPages("internalNotes", rat);
    expect(notes.total).toBe(council.totals.internalNotes);
    expect(notes.items.filter((n) => (n as { note: string }).note.startsWith("Notiz intern"))).toHaveLength(INTERNAL_CHANGES);
  });
});

describe("GET /api/v1/changes: a KPI whose trend turned", () => {
  const turn = createTestApp();
  afterAll(turn.cleanup);

  it("is found from the running sums exactly as the KPI page's trend has it, also after values were added out of order, corrected and removed", async () => {
    const kpiId = turn.db.prepare("SELECT id FROM kpis WHERE slug = 'processing-days'").pluck().get() as number;
    const insert = turn.db.prepare("INSERT INTO kpi_values (kpi_id, date, value, is_example) VALUES (?, ?, ?, 1)");
    // Lower is better, 20 days by 2027: 35 and 30 reach it; a late 38 turns the trend.
    insert.run(kpiId, "2026-06-30", 38);
    insert.run(kpiId, "2024-06-30", 33); // backdated: every later running sum must count it
    const wrong = insert.run(kpiId, "2026-03-31", 99).lastInsertRowid;
    turn.db.prepare("UPDATE kpi_values SET value = 37 WHERE id = ?").run(wrong);
    const gone = insert.run(kpiId, "2025-06-30", 10).lastInsertRowid;
    turn.db.prepare("DELETE FROM kpi_values WHERE id = ?").run(gone);

    const detail = kpiDetailSchema.parse((await getJson(turn.app, "/api/v1/kpis/processing-days?asOf=2026-11-27")).body);
    const projection = (to: string) =>
      projectKpi({ direction: detail.direction, target: detail.target, values: detail.values.filter((v) => v.date <= to) });
    expect(projection("2025-12-31")!.reachesTarget).toBe(true);
    expect(projection("2026-11-27")!.reachesTarget).toBe(false);

    const c = changesResponseSchema.parse((await getJson(turn.app, "/api/v1/changes?from=2025-12-31&to=2026-11-27")).body);
    const b = c.fields.find((f) => f.code === "B")!;
    expect(b.projectionTurned).toEqual([
      expect.objectContaining({ id: "processing-days", targetValue: 20, basedOnExample: true, targetDate: "2027-12-31" }),
    ]);
    expect(b.projectionTurned[0]!.valueAtTarget).toBeCloseTo(projection("2026-11-27")!.valueAtTarget, 9);
    expect(b.newKpiValues).toEqual([
      expect.objectContaining({ count: 2, first: expect.objectContaining({ value: 37 }), latest: expect.objectContaining({ value: 38 }), previous: expect.objectContaining({ date: "2025-01-01", value: 30 }) }),
    ]);
    // Before the late values nothing turned.
    const before = changesResponseSchema.parse((await getJson(turn.app, "/api/v1/changes?from=2024-12-31&to=2025-12-31")).body);
    expect(before.fields.flatMap((f) => f.projectionTurned)).toEqual([]);
  });
});
