import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "./testing";
import { mountWebApp } from "./web-app";

const dist = mkdtempSync(join(tmpdir(), "sm-dist-"));
mkdirSync(join(dist, "assets"));
writeFileSync(join(dist, "index.html"), "<!doctype html><title>Strategiemonitor</title>");
writeFileSync(join(dist, "assets", "app-abc123.js"), "console.log(1)");
const { app, cleanup } = createTestApp();
mountWebApp(app, dist);
afterAll(() => {
  cleanup();
  rmSync(dist, { recursive: true, force: true });
});

describe("serving the web app beside the API", () => {
  it("answers client-side routes with index.html", async () => {
    for (const path of ["/", "/massnahmen/HF1-01", "/kennzahlen?x=1"]) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("<title>Strategiemonitor</title>");
    }
  });

  it("sends the security headers with the page too", async () => {
    const res = await app.request("/massnahmen");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves hashed assets with a long cache lifetime", async () => {
    const res = await app.request("/assets/app-abc123.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("immutable");
  });

  it("answers a missing asset with 404, not the page", async () => {
    const res = await app.request("/assets/gone-000000.js");
    expect(res.status).toBe(404);
  });

  it("keeps answering unknown API paths with JSON, not the page", async () => {
    const res = await app.request("/api/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/json");
  });

  it("still serves the API", async () => {
    expect((await app.request("/api/v1/strategy")).status).toBe(200);
  });

  it("refuses to start without a built web app, with a hint", () => {
    const other = createTestApp();
    expect(() => mountWebApp(other.app, join(dist, "missing"))).toThrow(/npm run build/);
    other.cleanup();
  });
});
