import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponseSchema } from "@sm/domain";
import { createTestApp, ORIGIN, signIn, USERS } from "./testing";

/**
 * Generated requests against every route, as an anonymous visitor and as an administrator (who may
 * reach every write): never a 5xx, every error in the usual shape, and a refused write leaves the
 * data as it was.
 */
const { app, db, cleanup } = createTestApp();
afterAll(cleanup);
let admin = "";
beforeAll(async () => {
  admin = await signIn(app, USERS.admin);
});

const READ_PATHS = [
  "/api/health",
  "/api/v1/strategy",
  "/api/v1/fields/{x}",
  "/api/v1/fields/{x}/timeline",
  "/api/v1/measures",
  "/api/v1/measures/{x}",
  "/api/v1/kpis",
  "/api/v1/kpis/{x}",
  "/api/v1/progress",
  "/api/v1/changes",
  "/api/v1/committee-sessions",
  "/api/v1/session",
  "/api/v1/me/measures",
  "/api/v1/admin/users",
  "/api/v1/admin/users/{x}",
  "/api/v1/admin/measures",
  "/api/v1/admin/measures/{x}",
  "/api/v1/admin/kpis",
  "/api/v1/admin/audit",
  "/api/v1/admin/sign-in-locks",
];
const WRITES: Array<[string, string]> = [
  ["POST", "/api/v1/session"],
  ["POST", "/api/v1/measures/{x}/updates"],
  ["POST", "/api/v1/kpis/{x}/values"],
  ["POST", "/api/v1/admin/users"],
  ["PATCH", "/api/v1/admin/users/{x}"],
  ["POST", "/api/v1/admin/users/{x}/password"],
  ["PUT", "/api/v1/admin/users/{x}/measures"],
  ["POST", "/api/v1/admin/measures"],
  ["PATCH", "/api/v1/admin/measures/{x}"],
  ["POST", "/api/v1/admin/kpis"],
  ["PATCH", "/api/v1/admin/kpis/{x}"],
  ["PATCH", "/api/v1/admin/fields/{x}"],
  ["PUT", "/api/v1/admin/committee-sessions/{x}"],
  ["DELETE", "/api/v1/admin/committee-sessions/{x}"],
  ["DELETE", "/api/v1/admin/sign-in-locks"],
];
const QUERY_KEYS = ["asOf", "field", "status", "q", "sort", "order", "page", "pageSize", "updateDue", "from", "to", "targetGroup", "topic", "email", "ip", "action"];
const BODY_KEYS = [
  "baseVersion", "status", "progress", "comment", "reason", "planReason", "note", "risk", "plannedStart", "plannedEnd",
  "actualStart", "actualEnd", "milestones", "email", "password", "name", "role", "isActive", "lead", "deputy", "code",
  "field", "title", "summary", "description", "targetGroups", "topics", "isPublic", "date", "value", "isExample",
  "sourceUrl", "id", "unit", "direction", "baseline", "target", "interimTargets", "archived", "measures",
];

// Real codes and nonsense alike, so some requests get past the 404 and reach the validation.
const segment = fc.oneof(
  fc.constantFrom("A-01", "A-02", "A-03", "B-01", "A", "B", "online-services", "processing-days", "1", "2", "999", "2026-12-08"),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 12 }),
);
const scalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("2026-11-01", "2023-01-01", "1900-01-01", "31.12.2025", "delayed", "done", "admin", "", "\u0000"),
);
const query = fc.dictionary(fc.constantFrom(...QUERY_KEYS), fc.oneof(fc.string({ maxLength: 20 }), scalar.map(String)), { maxKeys: 4 });
const body = fc.oneof(
  fc.dictionary(fc.constantFrom(...BODY_KEYS), fc.oneof(scalar, fc.jsonValue({ maxDepth: 2 })), { maxKeys: 6 }),
  fc.jsonValue({ maxDepth: 3 }),
);

const fill = (template: string, x: string) => template.replace("{x}", encodeURIComponent(x));
const withQuery = (path: string, q: Record<string, string>) => {
  const search = new URLSearchParams(q).toString();
  return search ? `${path}?${search}` : path;
};

/** What a write would change: the row counts and versions of the strategy's data. */
function fingerprint(): string {
  const tables = ["measures", "measure_updates", "measure_plans", "milestones", "milestone_plans", "kpis", "kpi_values", "users"];
  return JSON.stringify([
    ...tables.map((t) => db.prepare(`SELECT COUNT(*) AS n, COALESCE(MAX(rowid), 0) AS m FROM ${t}`).get()),
    db.prepare("SELECT group_concat(kpi_id || date || value) FROM kpi_targets").get(),
    db.prepare("SELECT group_concat(kpi_id || '-' || measure_id) FROM kpi_measures").get(),
    db.prepare("SELECT group_concat(date || title) FROM committee_sessions").get(),
    db.prepare("SELECT SUM(version), group_concat(lead_user_id), group_concat(title) FROM measures").get(),
    db.prepare("SELECT group_concat(title || description) FROM fields").get(),
    db.prepare("SELECT group_concat(role || is_active || name) FROM users").get(),
  ]);
}

async function expectWellFormedError(res: Response, label: string) {
  expect(res.status, label).toBeLessThan(500);
  if (res.status >= 400) {
    const parsed = errorResponseSchema.safeParse(await res.json());
    expect(parsed.success, `${label}: error body in the usual shape`).toBe(true);
  }
}

describe("generated requests", () => {
  it("reads: any path segment and query, anonymous or signed in", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...READ_PATHS), segment, query, fc.boolean(), async (template, x, q, signedIn) => {
        const path = withQuery(fill(template, x), q);
        const res = await app.request(path, { headers: signedIn ? { cookie: admin } : {} });
        await expectWellFormedError(res, `GET ${path}`);
      }),
      { numRuns: 400 },
    );
  });

  it("writes: any body on any write route; a refused one changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...WRITES), segment, query, body, async ([method, template], x, q, json) => {
        const path = withQuery(fill(template, x), method === "DELETE" ? q : {});
        const before = fingerprint();
        const res = await app.request(path, {
          method,
          headers: { origin: ORIGIN, cookie: admin, "content-type": "application/json" },
          body: method === "DELETE" ? undefined : JSON.stringify(json),
        });
        await expectWellFormedError(res, `${method} ${path} ${JSON.stringify(json).slice(0, 200)}`);
        if (res.status >= 400) expect(fingerprint(), `${method} ${path}: nothing written on ${res.status}`).toBe(before);
      }),
      { numRuns: 400 },
    );
  });
});
