import { afterAll, describe, expect, it } from "vitest";
import { errorResponseSchema, sessionResponseSchema } from "@sm/domain";
import { createTestApp, send, signIn, TEST_NOW, USERS } from "../testing";

const { app, db, cleanup, clock } = createTestApp(undefined, { throttle: { perAccount: 3, perIp: 5, windowMinutes: 15 }, trustProxy: true });
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
  it("answers 429 with Retry-After after too many failures for one account, the same for unknown accounts", async () => {
    for (const email of [USERS.lead2, "ghost@test.example"]) {
      for (let i = 0; i < 3; i++) {
        await send(app, "POST", "/api/v1/session", { email, password: "falsch-falsch-falsch" }, undefined, { "x-forwarded-for": `10.1.${i}.1` });
      }
      const res = await send(app, "POST", "/api/v1/session", { email, password: "Test-Passwort-123" }, undefined, { "x-forwarded-for": "10.9.9.9" });
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(errorResponseSchema.parse(await res.json()).error.message).toContain("Zu viele");
    }
  });

  it("limits one address spraying many accounts", async () => {
    for (let i = 0; i < 5; i++) {
      await send(app, "POST", "/api/v1/session", { email: `spray${i}@test.example`, password: "x" }, undefined, { "x-forwarded-for": "10.6.6.6" });
    }
    const res = await send(app, "POST", "/api/v1/session", { email: USERS.admin, password: "Test-Passwort-123" }, undefined, { "x-forwarded-for": "10.6.6.6" });
    expect(res.status).toBe(429);
  });

  it("lets the account in again once the window has passed", async () => {
    clock.now = new Date(TEST_NOW.getTime() + 16 * 60_000);
    const res = await send(app, "POST", "/api/v1/session", { email: USERS.lead2, password: "Test-Passwort-123" }, undefined, { "x-forwarded-for": "10.9.9.8" });
    expect(res.status).toBe(200);
    clock.now = TEST_NOW;
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
    expect((await send(app, "PATCH", `/api/v1/admin/users/${id}`, { isActive: false }, admin)).status).toBe(200);
    expect((await session(lead)).user).toBeNull();
    expect((await send(app, "POST", "/api/v1/session", { email: USERS.lead, password: "Test-Passwort-123" })).status).toBe(401);
    await send(app, "PATCH", `/api/v1/admin/users/${id}`, { isActive: true }, admin);
  });

  it("records sign-ins, failures and sign-outs in the audit log", () => {
    const actions = db.prepare("SELECT DISTINCT action FROM audit_log").pluck().all();
    expect(actions).toEqual(expect.arrayContaining(["session.sign_in", "session.sign_in_failed", "session.sign_out"]));
  });
});
