import { afterAll, describe, expect, it } from "vitest";
import { createTestApp, send, signIn, USERS } from "./testing";

const { app, db, cleanup } = createTestApp();
afterAll(cleanup);

describe("security headers", () => {
  it.each(["/api/v1/strategy", "/api/nope", "/api/v1/measures?status=foo"])("are set on %s", async (path) => {
    const res = await app.request(path);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("x-powered-by")).toBeNull();
    expect(res.headers.get("server")).toBeNull();
  });
});

describe("caching", () => {
  it("keeps answers to signed-in people out of every cache, and says that API answers depend on the cookie", async () => {
    const anonymous = await app.request("/api/v1/strategy");
    expect(anonymous.headers.get("vary")).toContain("Cookie");
    expect(anonymous.headers.get("cache-control")).toBe("no-cache");
    const cookie = await signIn(app, USERS.council);
    const council = await send(app, "GET", "/api/v1/measures/A-03", undefined, cookie);
    expect(council.status).toBe(200);
    expect(council.headers.get("cache-control")).toBe("private, no-store");
    expect(council.headers.get("vary")).toContain("Cookie");
  });
});

describe("cross-origin writes", () => {
  it("are refused, even with a valid session", async () => {
    const cookie = await signIn(app, USERS.lead);
    const body = JSON.stringify({ baseVersion: 1, comment: "von fremder Seite" });
    const attempts: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { "sec-fetch-site": "cross-site" },
      {}, // no Origin at all
    ];
    for (const headers of attempts) {
      const res = await app.request("/api/v1/measures/A-02/updates", {
        method: "POST",
        headers: { "content-type": "application/json", cookie, ...headers },
        body,
      });
      expect(res.status).toBe(403);
    }
    expect(db.prepare("SELECT COUNT(*) FROM measure_updates WHERE comment = 'von fremder Seite'").pluck().get()).toBe(0);
  });

  it("are refused for sign-in too (login CSRF)", async () => {
    const res = await app.request("/api/v1/session", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ email: USERS.lead, password: "Test-Passwort-123" }),
    });
    expect(res.status).toBe(403);
  });
});

describe("errors", () => {
  it("never carry stack traces or SQL", async () => {
    const cookie = await signIn(app, USERS.lead);
    const res = await app.request("/api/v1/measures/A-02/updates", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost", cookie },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/at \w+ \(|SELECT|sqlite/i);
    expect(res.headers.get("content-type")).toContain("application/json");
  });
});

describe("audit log", () => {
  it("cannot be changed or deleted, even by SQL", () => {
    db.prepare("INSERT INTO audit_log (at, action) VALUES ('2026-01-01', 'test')").run();
    expect(() => db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare("DELETE FROM audit_log").run()).toThrow(/append-only/);
  });

  it("keeps users who wrote updates from being deleted", async () => {
    const lead = await signIn(app, USERS.lead);
    const m = (await (await app.request("/api/v1/measures/A-02", { headers: { cookie: lead } })).json()) as { internal: { version: number } };
    await send(app, "POST", "/api/v1/measures/A-02/updates", { baseVersion: m.internal.version, comment: "Stand" }, lead);
    expect(() => db.prepare("DELETE FROM users WHERE email = ?").run(USERS.lead)).toThrow(/deactivated, not deleted/);
  });
});
