import { afterAll, describe, expect, it } from "vitest";
import { createTestApp, getJson } from "../testing";

describe("GET /api/health under load", () => {
  const { app, db, cleanup } = createTestApp(undefined, { healthProbeEveryMs: 60_000 });
  afterAll(cleanup);

  it("asks the database once per interval, not once per request, and again at once after a failure", async () => {
    const probes = () => db.prepare("SELECT at FROM health_probe WHERE id = 1").pluck().get();
    expect(await getJson(app, "/api/health")).toMatchObject({ status: 200, body: { status: "ok", database: "seeded" } });
    db.prepare("UPDATE health_probe SET at = 'marker' WHERE id = 1").run();
    for (let i = 0; i < 5; i++) expect((await getJson(app, "/api/health")).status).toBe(200);
    expect(probes()).toBe("marker");
  });
});

describe("GET /api/health when the database cannot answer a read", () => {
  const { app, db, cleanup } = createTestApp(undefined, { healthProbeEveryMs: 0 });
  afterAll(cleanup);

  it("answers 503 saying the database does not answer", async () => {
    db.pragma("foreign_keys = OFF");
    db.exec("ALTER TABLE strategy RENAME TO strategy_gone");
    const res = await getJson(app, "/api/health");
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: "error", reason: expect.stringContaining("Die Datenbank antwortet nicht") });
  });
});
