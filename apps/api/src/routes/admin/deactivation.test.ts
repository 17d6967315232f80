import { afterAll, describe, expect, it } from "vitest";
import { errorResponseSchema } from "@sm/domain";
import { createTestApp, send, signIn, USERS } from "../../testing";

// lead@test.example leads; lead2 leads B-01 and deputises A-02.
const { app, db, cleanup } = createTestApp();
afterAll(cleanup);
const idOf = (email: string) => (db.prepare("SELECT id FROM users WHERE email = ?").get(email) as { id: number }).id;
const assignment = (code: string) => db.prepare("SELECT lead_user_id AS lead, deputy_user_id AS deputy FROM measures WHERE code = ?").get(code);
const adminList = async (cookie: string) =>
  ((await (await send(app, "GET", "/api/v1/admin/measures", undefined, cookie)).json()) as { items: { code: string; leadOpen: boolean }[] }).items;

describe("deactivating a person who looks after measures", () => {
  it("asks who takes the measures over, and writes nothing until answered", async () => {
    const admin = await signIn(app, USERS.admin);
    const res = await send(app, "PATCH", `/api/v1/admin/users/${idOf(USERS.lead2)}`, { isActive: false }, admin);
    expect(res.status).toBe(400);
    expect(errorResponseSchema.parse(await res.json()).error.fields?.handover).toMatch(/2 Maßnahmen/);
    expect(db.prepare("SELECT is_active FROM users WHERE email = ?").pluck().get(USERS.lead2)).toBe(1);
  });

  it("hands them over to another person", async () => {
    const admin = await signIn(app, USERS.admin);
    const res = await send(app, "PATCH", `/api/v1/admin/users/${idOf(USERS.lead2)}`, { isActive: false, handover: { to: idOf(USERS.lead) } }, admin);
    expect(res.status).toBe(200);
    expect(assignment("B-01")).toEqual({ lead: idOf(USERS.lead), deputy: null });
    // lead already leads A-02, so it does not become its own deputy.
    expect(assignment("A-02")).toEqual({ lead: idOf(USERS.lead), deputy: null });
  });

  it("or leaves them without a lead: they show as 'Projektleitung offen' on the administrators' list", async () => {
    const admin = await signIn(app, USERS.admin);
    const res = await send(app, "PATCH", `/api/v1/admin/users/${idOf(USERS.lead)}`, { isActive: false, handover: { to: null } }, admin);
    expect(res.status).toBe(200);
    expect(assignment("A-01")).toEqual({ lead: null, deputy: null });
    const open = (await adminList(admin)).filter((m) => m.leadOpen).map((m) => m.code);
    expect(open).toEqual(expect.arrayContaining(["A-01", "A-02", "A-03", "B-01"]));
  });

  it("never blocks editing a measure whose lead was deactivated some other way, nor clearing the assignment", async () => {
    const admin = await signIn(app, USERS.admin);
    // As older data has it: a deactivated person still assigned.
    db.prepare("UPDATE measures SET lead_user_id = ? WHERE code = 'B-02'").run(idOf(USERS.lead2));
    const version = () => db.prepare("SELECT version FROM measures WHERE code = 'B-02'").pluck().get() as number;
    const edit = await send(app, "PATCH", "/api/v1/admin/measures/B-02", { baseVersion: version(), title: "Altsystem ablösen (neu)" }, admin);
    expect(edit.status).toBe(200);
    const archive = await send(app, "PATCH", "/api/v1/admin/measures/B-02", { baseVersion: version(), archived: true }, admin);
    expect(archive.status).toBe(200);
    const restore = await send(app, "PATCH", "/api/v1/admin/measures/B-02", { baseVersion: version(), archived: false, leadUserId: null }, admin);
    expect(restore.status).toBe(200);
    const assignDeactivated = await send(app, "PATCH", "/api/v1/admin/measures/B-02", { baseVersion: version(), leadUserId: idOf(USERS.lead2) }, admin);
    expect(assignDeactivated.status).toBe(400);
  });
});
