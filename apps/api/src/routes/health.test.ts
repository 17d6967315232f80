import { afterAll, describe, expect, it } from "vitest";
import { createTestApp, getJson } from "../testing";

const { app, db, cleanup } = createTestApp(undefined, { healthProbeEveryMs: 0 });
afterAll(cleanup);

describe("GET /api/health", () => {
  it("answers 503 with the reason while the database takes no writes, and ok again once it does", async () => {
    expect((await getJson(app, "/api/health")).status).toBe(200);
    // As a read-only file or a full disk would: reads work, every write fails.
    db.pragma("query_only = ON");
    const broken = await getJson(app, "/api/health");
    expect(broken.status).toBe(503);
    expect(broken.body).toMatchObject({ status: "error", reason: expect.stringContaining("Die Datenbank nimmt keine Änderungen an") });
    db.pragma("query_only = OFF");
    expect(await getJson(app, "/api/health")).toMatchObject({ status: 200, body: { status: "ok", database: "seeded" } });
  });
});
