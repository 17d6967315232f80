import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminKpiSchema, adminMeasureDetailSchema, auditListSchema, errorResponseSchema } from "@sm/domain";
import { createTestApp, send, signIn, USERS } from "../../testing";

const { app, cleanup } = createTestApp();
afterAll(cleanup);
let admin = "";
beforeAll(async () => {
  admin = await signIn(app, USERS.admin);
});

const measure = async (code: string) =>
  adminMeasureDetailSchema.parse(((await (await send(app, "GET", `/api/v1/admin/measures/${code}`, undefined, admin)).json()) as { measure: unknown }).measure);

describe("editing a measure", () => {
  it("changes only the fields sent", async () => {
    const before = await measure("A-02");
    const res = await send(app, "PATCH", "/api/v1/admin/measures/A-02", { baseVersion: before.version, title: "Neuer Titel" }, admin);
    expect(res.status).toBe(200);
    const after = await measure("A-02");
    expect(after).toEqual({ ...before, title: "Neuer Titel", version: before.version + 1 });
  });

  it("archives and restores; archived measures leave the public view", async () => {
    const m = await measure("B-02");
    expect((await send(app, "PATCH", "/api/v1/admin/measures/B-02", { baseVersion: m.version, archived: true }, admin)).status).toBe(200);
    expect((await app.request("/api/v1/measures/B-02")).status).toBe(404);
    expect((await measure("B-02")).archived).toBe(true);
    await send(app, "PATCH", "/api/v1/admin/measures/B-02", { baseVersion: m.version + 1, archived: false }, admin);
    expect((await app.request("/api/v1/measures/B-02")).status).toBe(200);
  });

  it("answers 409 with the current state for a stale version", async () => {
    const m = await measure("A-01");
    await send(app, "PATCH", "/api/v1/admin/measures/A-01", { baseVersion: m.version, summary: "eins" }, admin);
    const res = await send(app, "PATCH", "/api/v1/admin/measures/A-01", { baseVersion: m.version, summary: "zwei" }, admin);
    expect(res.status).toBe(409);
    const body = (await res.json()) as { current: unknown };
    expect(adminMeasureDetailSchema.parse(body.current).summary).toBe("eins");
  });

  it("rejects dates outside the horizon and unknown references, naming the field", async () => {
    const m = await measure("A-01");
    const res = await send(app, "PATCH", "/api/v1/admin/measures/A-01", { baseVersion: m.version, plannedEnd: "2030-01-01", targetGroups: ["aliens"] }, admin);
    expect(res.status).toBe(400);
    expect(Object.keys(errorResponseSchema.parse(await res.json()).error.fields ?? {})).toEqual(expect.arrayContaining(["plannedEnd", "targetGroups.0"]));
  });
});

describe("KPIs", () => {
  it("edits only the fields sent and lists internal and archived KPIs for admins", async () => {
    const before = (await (await send(app, "GET", "/api/v1/kpis/online-services")).json()) as { measures: unknown[]; interimTargets: unknown[] };
    expect((await send(app, "PATCH", "/api/v1/admin/kpis/online-services", { title: "Online-Dienste gesamt" }, admin)).status).toBe(200);
    const after = (await (await send(app, "GET", "/api/v1/kpis/online-services")).json()) as { title: string; measures: unknown[]; interimTargets: unknown[] };
    expect(after.title).toBe("Online-Dienste gesamt");
    expect(after.measures).toEqual(before.measures);
    expect(after.interimTargets).toEqual(before.interimTargets);

    await send(app, "PATCH", "/api/v1/admin/kpis/processing-days", { archived: true, isPublic: false }, admin);
    expect((await app.request("/api/v1/kpis/processing-days")).status).toBe(404);
    const list = (await (await send(app, "GET", "/api/v1/admin/kpis", undefined, admin)).json()) as { items: unknown[] };
    const days = list.items.map((k) => adminKpiSchema.parse(k)).find((k) => k.id === "processing-days");
    expect(days).toMatchObject({ archived: true, isPublic: false });
  });
});

describe("committee sessions", () => {
  it("are added, renamed and removed by administrators, with a 400 outside the horizon", async () => {
    const put = (date: string, title: string) => send(app, "PUT", `/api/v1/admin/committee-sessions/${date}`, { title }, admin);
    expect((await put("2027-02-02", "Sondersitzung")).status).toBe(200);
    const renamed = (await (await put("2027-02-02", "Sondersitzung Haushalt")).json()) as { items: { date: string; title: string }[] };
    expect(renamed.items.filter((s) => s.date === "2027-02-02")).toEqual([{ date: "2027-02-02", title: "Sondersitzung Haushalt" }]);
    expect((await put("2029-01-01", "Zu spät")).status).toBe(400);
    expect((await send(app, "DELETE", "/api/v1/admin/committee-sessions/2027-02-02", undefined, admin)).status).toBe(200);
    expect((await send(app, "DELETE", "/api/v1/admin/committee-sessions/2027-02-02", undefined, admin)).status).toBe(404);
  });
});

describe("audit log", () => {
  it("lists the writes with actor, filterable by action", async () => {
    const res = await send(app, "GET", "/api/v1/admin/audit?action=measure.edit", undefined, admin);
    const log = auditListSchema.parse(await res.json());
    expect(log.total).toBeGreaterThan(0);
    expect(log.items.every((e) => e.action === "measure.edit" && e.actor?.email === USERS.admin)).toBe(true);
  });
});

describe("passwords an administrator sets", () => {
  it.each([
    ["one letter repeated", "neu@test.example", "aaaaaaaaaaaa"],
    ["twelve NUL characters", "neu@test.example", "\u0000".repeat(12)],
    ["the e-mail address", "neu.person@test.example", "neu.person@test.example"],
  ])("refuses %s for a new account and for a reset", async (_name, email, password) => {
    const created = await send(app, "POST", "/api/v1/admin/users", { email, name: "Neue Person", role: "lead", password }, admin);
    expect(created.status).toBe(400);
    expect(errorResponseSchema.parse(await created.json()).error.fields).toHaveProperty(["password"]);
    const reset = await send(app, "POST", "/api/v1/admin/users/2/password", { password }, admin);
    expect(reset.status).toBe(400);
  });
});
