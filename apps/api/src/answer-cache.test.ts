import { afterAll, describe, expect, it } from "vitest";
import { createTestApp, send, signIn, USERS } from "./testing";

const { app, cleanup } = createTestApp();
afterAll(cleanup);

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

describe("answers computed once per change of the data", () => {
  it("serves a repeated public read from memory with the same ETag, and 304 to a client that has it", async () => {
    const first = await get("/api/v1/strategy");
    expect(first.headers.get("x-cache")).toBe("miss");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const second = await get("/api/v1/strategy");
    expect(second.headers.get("x-cache")).toBe("hit");
    expect(second.headers.get("etag")).toBe(etag);
    expect(await second.text()).toBe(await first.text());
    const revalidated = await get("/api/v1/strategy", { "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    expect(revalidated.headers.get("cache-control")).toBe("no-cache");
  });

  it("keeps past dates too, each under its own date", async () => {
    await get("/api/v1/fields/A?asOf=2024-06-30");
    expect((await get("/api/v1/fields/A?asOf=2024-06-30")).headers.get("x-cache")).toBe("hit");
    expect((await get("/api/v1/fields/A?asOf=2024-07-01")).headers.get("x-cache")).toBe("miss");
  });

  it("changes the answers a write affects, and keeps the ETag of those it does not", async () => {
    const measureBefore = await get("/api/v1/measures/A-02");
    const kpiBefore = await get("/api/v1/kpis/processing-days");
    const lead = await signIn(app, USERS.lead);
    const current = (await (await send(app, "GET", "/api/v1/measures/A-02", undefined, lead)).json()) as { internal: { version: number } };
    const saved = await send(app, "POST", "/api/v1/measures/A-02/updates", { baseVersion: current.internal.version, progress: 55, comment: "Weiter" }, lead);
    expect(saved.status).toBe(201);

    const measureAfter = await get("/api/v1/measures/A-02");
    expect(measureAfter.headers.get("x-cache")).toBe("miss");
    expect(measureAfter.headers.get("etag")).not.toBe(measureBefore.headers.get("etag"));
    expect(((await measureAfter.json()) as { progress: number }).progress).toBe(55);
    const kpiAfter = await get("/api/v1/kpis/processing-days");
    expect(kpiAfter.headers.get("etag")).toBe(kpiBefore.headers.get("etag"));
    expect((await get("/api/v1/measures/A-02", { "if-none-match": measureBefore.headers.get("etag")! })).status).toBe(200);
  });

  it("never hands a signed-in reader's answer to an anonymous request", async () => {
    const council = await signIn(app, USERS.council);
    for (let i = 0; i < 2; i++) {
      const res = await send(app, "GET", "/api/v1/measures/A-03", undefined, council);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-cache")).toBeNull();
      expect(res.headers.get("cache-control")).toBe("private, no-store");
    }
    expect((await get("/api/v1/measures/A-03")).status).toBe(404);
    await send(app, "GET", "/api/v1/measures", undefined, council);
    const list = (await (await get("/api/v1/measures")).json()) as { items: { code: string }[] };
    expect(list.items.map((m) => m.code)).not.toContain("A-03");
  });
});
