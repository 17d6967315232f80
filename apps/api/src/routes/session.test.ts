import { afterAll, describe, expect, it } from "vitest";
import { errorResponseSchema, sessionResponseSchema, signInLocksResponseSchema } from "@sm/domain";
import { createTestApp, send, signIn, TEST_NOW, TEST_PASSWORD, USERS } from "../testing";

const { app, db, cleanup, clock } = createTestApp(undefined, { throttle: { freePerPair: 3, perAccount: 6, perIp: 5, windowMinutes: 15 }, trustProxy: true });
afterAll(cleanup);

const session = async (cookie?: string) =>
  sessionResponseSchema.parse(await (await app.request("/api/v1/session", { headers: cookie ? { cookie } : {} })).json());

describe("sign-in", () => {
  it("sets an HttpOnly, SameSite=Lax cookie with at least 128 random bits and returns the user", async () => {
    const res = await send(app, "POST", "/api/v1/session", { email: "LEAD@test.example", password: "Test-Passwort-123" });
    expect(res.status).toBe(200);
    expect(sessionResponseSchema.parse(await res.json()).user).toMatchObject({ email: USERS.lead, role: "lead" });
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const token = cookie.split(";")[0]!.split("=")[1]!;
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);
    // Only a hash of the token is stored.
    expect(JSON.stringify(db.prepare("SELECT * FROM sessions").all())).not.toContain(token);
  });

  it("marks the cookie Secure over HTTPS", async () => {
    const res = await send(app, "POST", "/api/v1/session", { email: USERS.council, password: "Test-Passwort-123" }, undefined, {
      "x-forwarded-proto": "https",
      origin: "https://localhost",
    });
    expect(res.headers.get("set-cookie")).toMatch(/Secure/);
  });

  it("never returns or logs the password hash", async () => {
    const res = await send(app, "POST", "/api/v1/session", { email: USERS.admin, password: "Test-Passwort-123" });
    const text = await res.text();
    expect(text).not.toContain("scrypt");
    expect(text).not.toContain("password");
  });

  it("answers 401 with the same message for a wrong password and an unknown e-mail", async () => {
    const wrong = await send(app, "POST", "/api/v1/session", { email: USERS.lead2, password: "falsch-falsch-falsch" }, undefined, { "x-forwarded-for": "10.0.0.1" });
    const unknown = await send(app, "POST", "/api/v1/session", { email: "nobody@test.example", password: "falsch-falsch-falsch" }, undefined, { "x-forwarded-for": "10.0.0.2" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(errorResponseSchema.parse(await wrong.json()).error.message).toBe(errorResponseSchema.parse(await unknown.json()).error.message);
  });

  it("answers 400 naming the field for a malformed request", async () => {
    const res = await send(app, "POST", "/api/v1/session", { email: "kein-mail", password: "" });
    expect(res.status).toBe(400);
    const { error } = errorResponseSchema.parse(await res.json());
    expect(Object.keys(error.fields ?? {})).toEqual(expect.arrayContaining(["email", "password"]));
  });
});

describe("throttling", () => {
  const signInFrom = (ip: string, email: string, password: string) =>
    send(app, "POST", "/api/v1/session", { email, password }, undefined, { "x-forwarded-for": ip });
  const WRONG = "falsch-falsch-falsch";
  const RIGHT = "Test-Passwort-123";

  it("holds back an address after its free failures for an account, with growing delays; other addresses still sign in", async () => {
    for (let i = 0; i < 3; i++) expect((await signInFrom("10.1.0.1", USERS.lead2, WRONG)).status).toBe(401);
    const held = await signInFrom("10.1.0.1", USERS.lead2, RIGHT);
    expect(held.status).toBe(429);
    expect(Number(held.headers.get("retry-after"))).toBe(1);
    expect(errorResponseSchema.parse(await held.json()).error.message).toContain("Zu viele");
    // Nobody can lock another person out: the right password from an address without failures works.
    expect((await signInFrom("10.1.0.2", USERS.lead2, RIGHT)).status).toBe(200);

    clock.now = new Date(TEST_NOW.getTime() + 1_000);
    expect((await signInFrom("10.1.0.1", USERS.lead2, WRONG)).status).toBe(401);
    const doubled = await signInFrom("10.1.0.1", USERS.lead2, RIGHT);
    expect(Number(doubled.headers.get("retry-after"))).toBe(2);
    clock.now = TEST_NOW;
  });

  it("answers unknown accounts exactly like known ones", async () => {
    for (let i = 0; i < 3; i++) await signInFrom("10.2.0.1", "ghost@test.example", WRONG);
    const res = await signInFrom("10.2.0.1", "ghost@test.example", WRONG);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBe(1);
  });

  it("limits one address spraying many accounts", async () => {
    for (let i = 0; i < 5; i++) await signInFrom("10.6.6.6", `spray${i}@test.example`, "x");
    expect((await signInFrom("10.6.6.6", USERS.admin, RIGHT)).status).toBe(429);
  });

  it("counts parallel guesses like sequential ones: 60 at once, the right password last, none gets in", async () => {
    const guesses = Array.from({ length: 60 }, (_, i) => signInFrom("10.3.0.1", USERS.council, i === 59 ? RIGHT : WRONG));
    const statuses = (await Promise.all(guesses)).map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(57);
    expect(statuses).not.toContain(200);
  });

  it("gives no free tries to new addresses once an account is guessed at from many, but never refuses one without failures", async () => {
    for (let i = 0; i < 6; i++) expect((await signInFrom(`10.4.${i}.1`, USERS.lead, WRONG)).status).toBe(401);
    expect((await signInFrom("10.4.9.1", USERS.lead, WRONG)).status).toBe(401);
    expect((await signInFrom("10.4.9.1", USERS.lead, RIGHT)).status).toBe(429);
    expect((await signInFrom("10.4.9.2", USERS.lead, RIGHT)).status).toBe(200);
  });

  it("shows administrators who is held back and lets them lift it, audited", async () => {
    const admin = await signIn(app, USERS.admin);
    const list = signInLocksResponseSchema.parse(await (await send(app, "GET", "/api/v1/admin/sign-in-locks", undefined, admin)).json());
    expect(list.items.find((l) => l.email === USERS.council && l.ip === "10.3.0.1")).toMatchObject({ failures: 3, waitSeconds: 1 });
    const res = await send(app, "DELETE", `/api/v1/admin/sign-in-locks?email=${encodeURIComponent(USERS.council)}&ip=10.3.0.1`, undefined, admin);
    expect(res.status).toBe(200);
    expect((await signInFrom("10.3.0.1", USERS.council, RIGHT)).status).toBe(200);
    expect(db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'session.lock_lifted'").pluck().get()).toBe(1);
    expect((await send(app, "GET", "/api/v1/admin/sign-in-locks", undefined, await signIn(app, USERS.council))).status).toBe(403);
  });

  it("lets the address try again once the window has passed", async () => {
    clock.now = new Date(TEST_NOW.getTime() + 16 * 60_000);
    expect((await signInFrom("10.1.0.1", USERS.lead2, RIGHT)).status).toBe(200);
    clock.now = TEST_NOW;
  });
});

describe("a new sign-in", () => {
  it("ends the session the browser came with, also when someone else signs in", async () => {
    const first = await signIn(app, USERS.lead2);
    const res = await send(app, "POST", "/api/v1/session", { email: USERS.admin, password: TEST_PASSWORD }, first);
    expect(res.status).toBe(200);
    const old = await (await send(app, "GET", "/api/v1/session", undefined, first)).json();
    expect(old).toEqual({ user: null });
  });
});

describe("sessions", () => {
  it("returns the signed-in user, and null when anonymous", async () => {
    const cookie = await signIn(app, USERS.council);
    expect((await session(cookie)).user?.role).toBe("council");
    expect((await session()).user).toBeNull();
  });

  it("ends the session on the server at sign-out", async () => {
    const cookie = await signIn(app, USERS.council);
    const res = await send(app, "DELETE", "/api/v1/session", undefined, cookie);
    expect(res.status).toBe(204);
    expect(res.headers.get("set-cookie")).toMatch(/Max-Age=0/);
    // The old cookie no longer works, even if a client kept it.
    expect((await session(cookie)).user).toBeNull();
  });

  it("expires after the idle timeout and at the absolute lifetime", async () => {
    const idle = await signIn(app, USERS.council);
    clock.now = new Date(TEST_NOW.getTime() + 61 * 60_000);
    expect((await session(idle)).user).toBeNull();

    clock.now = TEST_NOW;
    const busy = await signIn(app, USERS.council);
    // Active every 50 minutes, the session still ends after 12 hours.
    for (let h = 50; h < 12 * 60; h += 50) {
      clock.now = new Date(TEST_NOW.getTime() + h * 60_000);
      expect((await session(busy)).user?.role).toBe("council");
    }
    clock.now = new Date(TEST_NOW.getTime() + 12 * 60 * 60_000 + 1);
    expect((await session(busy)).user).toBeNull();
    clock.now = TEST_NOW;
  });

  it("ends every session of a deactivated user at once", async () => {
    const lead = await signIn(app, USERS.lead);
    const admin = await signIn(app, USERS.admin);
    const id = (await session(lead)).user!.id;
    expect((await send(app, "PATCH", `/api/v1/admin/users/${id}`, { isActive: false, handover: { to: null } }, admin)).status).toBe(200);
    expect((await session(lead)).user).toBeNull();
    expect((await send(app, "POST", "/api/v1/session", { email: USERS.lead, password: "Test-Passwort-123" })).status).toBe(401);
    await send(app, "PATCH", `/api/v1/admin/users/${id}`, { isActive: true }, admin);
  });

  it("records sign-ins, failures and sign-outs in the audit log", () => {
    const actions = db.prepare("SELECT DISTINCT action FROM audit_log").pluck().all();
    expect(actions).toEqual(expect.arrayContaining(["session.sign_in", "session.sign_in_failed", "session.sign_out"]));
  });
});
