import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, send, signIn, USERS } from "./testing";

/**
 * Who may call which write route: anonymous, a lead on their own measure, a lead on someone
 * else's, a council member and an administrator, each with the expected status. The server
 * decides; the UI hiding a button is not a check.
 */
const { app, db, cleanup } = createTestApp();
afterAll(cleanup);

type Who = "anonymous" | "leadOwn" | "leadOther" | "council" | "admin";
const cookies: Partial<Record<Who, string>> = {};
beforeAll(async () => {
  // A person only for the password reset: resetting ends their sessions, which must not hit the others.
  db.prepare("INSERT INTO users (email, name, role, password_hash) VALUES ('reset@test.example', 'Reset', 'lead', 'x')").run();
  cookies.leadOwn = await signIn(app, USERS.lead);
  cookies.leadOther = await signIn(app, USERS.lead2);
  cookies.council = await signIn(app, USERS.council);
  cookies.admin = await signIn(app, USERS.admin);
});

const version = (code: string) => db.prepare("SELECT version FROM measures WHERE code = ?").pluck().get(code) as number;
const userId = (email: string) => db.prepare("SELECT id FROM users WHERE email = ?").pluck().get(email) as number;
let unique = 0;
const next = () => ++unique;

interface Case {
  name: string;
  method: string;
  path: () => string;
  body: () => unknown;
  expected: Record<Who, number>;
}

// "leadOwn" is lead of A-01..A-03 (linked to KPI online-services); "leadOther" leads B-01 only.
const CASES: Case[] = [
  {
    name: "POST /measures/A-01/updates",
    method: "POST",
    path: () => "/api/v1/measures/A-01/updates",
    body: () => ({ baseVersion: version("A-01"), comment: `Stand ${next()}` }),
    expected: { anonymous: 401, leadOwn: 201, leadOther: 403, council: 403, admin: 201 },
  },
  {
    name: "POST /kpis/online-services/values",
    method: "POST",
    path: () => "/api/v1/kpis/online-services/values",
    body: () => ({ date: "2026-10-01", value: 200 + next(), isExample: true }),
    expected: { anonymous: 401, leadOwn: 201, leadOther: 403, council: 403, admin: 201 },
  },
  {
    name: "GET /me/measures",
    method: "GET",
    path: () => "/api/v1/me/measures",
    body: () => undefined,
    expected: { anonymous: 401, leadOwn: 200, leadOther: 200, council: 403, admin: 200 },
  },
  ...(
    [
      ["GET /admin/users", "GET", () => "/api/v1/admin/users", () => undefined, 200],
      ["POST /admin/users", "POST", () => "/api/v1/admin/users", () => ({ email: `neu${next()}@test.example`, name: "Neu", role: "lead", password: "Ein-langes-Passwort-1" }), 201],
      ["PATCH /admin/users/:id", "PATCH", () => `/api/v1/admin/users/${userId(USERS.lead2)}`, () => ({ name: `Leo ${next()}` }), 200],
      ["POST /admin/users/:id/password", "POST", () => `/api/v1/admin/users/${userId("reset@test.example")}/password`, () => ({ password: "Noch-ein-Passwort-2" }), 204],
      ["PUT /admin/users/:id/measures", "PUT", () => `/api/v1/admin/users/${userId(USERS.lead2)}/measures`, () => ({ lead: ["B-01"], deputy: ["A-02"] }), 200],
      ["GET /admin/measures", "GET", () => "/api/v1/admin/measures", () => undefined, 200],
      ["POST /admin/measures", "POST", () => "/api/v1/admin/measures", () => ({ code: `N-${next()}`, field: "A", title: "Neu", summary: "Neu", plannedStart: "2026-01-01", plannedEnd: "2026-12-31" }), 201],
      ["PATCH /admin/measures/B-02", "PATCH", () => "/api/v1/admin/measures/B-02", () => ({ baseVersion: version("B-02"), summary: `Neu ${next()}` }), 200],
      ["POST /admin/kpis", "POST", () => "/api/v1/admin/kpis", () => ({ id: `k-${next()}`, field: "B", title: "Neu", unit: "Anzahl", direction: "higher", baseline: { date: "2023-01-01", value: 1, isExample: true }, target: { date: "2027-12-31", value: 2 } }), 201],
      ["PATCH /admin/kpis/processing-days", "PATCH", () => "/api/v1/admin/kpis/processing-days", () => ({ description: `Neu ${next()}` }), 200],
      ["PATCH /admin/fields/B", "PATCH", () => "/api/v1/admin/fields/B", () => ({ description: `Neu ${next()}` }), 200],
      ["GET /admin/audit", "GET", () => "/api/v1/admin/audit", () => undefined, 200],
      ["PUT /admin/committee-sessions/:date", "PUT", () => "/api/v1/admin/committee-sessions/2027-02-02", () => ({ title: `Sitzung ${next()}` }), 200],
    ] as const
  ).map(([name, method, path, body, ok]) => ({
    name,
    method,
    path,
    body,
    expected: { anonymous: 401, leadOwn: 403, leadOther: 403, council: 403, admin: ok },
  })),
];

describe.each(CASES)("$name", ({ method, path, body, expected }) => {
  it.each(Object.keys(expected) as Who[])("as %s", async (who) => {
    const res = await send(app, method, path(), body(), cookies[who]);
    expect(res.status).toBe(expected[who]);
  });
});

describe("reads", () => {
  it("give a lead the internal fields of their own measures only", async () => {
    const own = (await (await send(app, "GET", "/api/v1/measures/A-01", undefined, cookies.leadOwn)).json()) as { internal?: unknown };
    const other = (await (await send(app, "GET", "/api/v1/measures/B-01", undefined, cookies.leadOwn)).json()) as { internal?: unknown };
    expect(own.internal).toBeDefined();
    expect(other.internal).toBeUndefined();
  });

  it("let a lead see their own measure that is not public, but not others'", async () => {
    expect((await send(app, "GET", "/api/v1/measures/A-03", undefined, cookies.leadOwn)).status).toBe(200);
    expect((await send(app, "GET", "/api/v1/measures/A-03", undefined, cookies.leadOther)).status).toBe(404);
  });

  it("give council members everything, including measures not marked public", async () => {
    const res = await send(app, "GET", "/api/v1/measures/A-03", undefined, cookies.council);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { internal?: { canUpdate: boolean } };
    expect(body.internal?.canUpdate).toBe(false);
  });
});
