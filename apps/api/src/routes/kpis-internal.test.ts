import { afterAll, describe, expect, it } from "vitest";
import { createTestApp, send, signIn, USERS } from "../testing";

// online-services belongs to, which lead@test.example leads; here it is not public.
const { app, db, cleanup } = createTestApp();
afterAll(cleanup);
db.prepare("UPDATE kpis SET is_public = 0 WHERE slug = 'online-services'").run();

describe("a KPI not marked public", () => {
  it("stays hidden from the public and from leads of other measures", async () => {
    expect((await app.request("/api/v1/kpis/online-services")).status).toBe(404);
    const other = await signIn(app, USERS.lead2);
    expect((await send(app, "GET", "/api/v1/kpis/online-services", undefined, other)).status).toBe(404);
    const list = (await (await send(app, "GET", "/api/v1/kpis", undefined, other)).json()) as { items: { id: string }[] };
    expect(list.items.map((k) => k.id)).not.toContain("online-services");
  });

  it("is read and written by the lead of a measure it belongs to", async () => {
    const lead = await signIn(app, USERS.lead);
    expect((await send(app, "GET", "/api/v1/kpis/online-services", undefined, lead)).status).toBe(200);
    const list = (await (await send(app, "GET", "/api/v1/kpis?field=A", undefined, lead)).json()) as { items: { id: string }[] };
    expect(list.items.map((k) => k.id)).toContain("online-services");
    const res = await send(app, "POST", "/api/v1/kpis/online-services/values", { date: "2026-11-01", value: 260, isExample: true }, lead);
    expect(res.status).toBe(201);
  });
});
