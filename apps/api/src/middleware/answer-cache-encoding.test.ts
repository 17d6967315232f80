import { get as httpGet, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../testing";

const { app, db, cleanup } = createTestApp();
const LARGE = "/api/v1/progress";

// Over a real connection: @hono/node-server sends its lightweight answers by another path than
// app.request() does, and the headers set after a handler must arrive on both.
let server: ServerType;
let port = 0;
beforeAll(() => new Promise<void>((resolve) => {
  server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
    port = info.port;
    resolve();
  });
}));
afterAll(() => new Promise<void>((resolve) => server.close(() => {
  cleanup();
  resolve();
})));

const raw = (path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
    httpGet({ host: "127.0.0.1", port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
const decode = (res: { headers: IncomingHttpHeaders; bytes: Buffer }) =>
  res.headers["content-encoding"] === "br" ? brotliDecompressSync(res.bytes) : res.headers["content-encoding"] === "gzip" ? gunzipSync(res.bytes) : res.bytes;
const bumpVersion = () => db.prepare("UPDATE data_version SET n = n + 1 WHERE id = 1").run();

describe("kept answers in each encoding", () => {
  it("sends a computed and a kept answer alike in every encoding: same JSON, same ETag, right length", async () => {
    bumpVersion();
    const seen: Array<{ status: number; headers: IncomingHttpHeaders; bytes: Buffer }> = [];
    // The first request computes the answer (in brotli); the others are served from memory.
    for (const accept of ["br", "br", "gzip", "gzip", "identity", "gzip, deflate, br"]) seen.push(await raw(LARGE, { "accept-encoding": accept }));
    expect(seen.map((r) => r.headers["x-cache"])).toEqual(["miss", "hit", "hit", "hit", "hit", "hit"]);
    expect(seen.map((r) => r.headers["content-encoding"])).toEqual(["br", "br", "gzip", "gzip", undefined, "br"]);
    const plain = seen[4]!.bytes.toString("utf8");
    expect(plain.length).toBeGreaterThan(1024);
    for (const res of seen) {
      expect(res.status).toBe(200);
      expect(decode(res).toString("utf8")).toBe(plain);
      expect(Number(res.headers["content-length"])).toBe(res.bytes.byteLength);
      expect(res.headers.etag).toBe(seen[0]!.headers.etag);
      expect(String(res.headers.vary).toLowerCase()).toMatch(/cookie.*accept-encoding/);
      expect(res.headers["cache-control"]).toBe("no-cache");
      expect(res.headers["content-type"]).toMatch(/^application\/json/);
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
    }
    // Compressed once and kept: the same bytes again.
    expect(seen[1]!.bytes.equals(seen[5]!.bytes)).toBe(true);
    expect(seen[2]!.bytes.equals(seen[3]!.bytes)).toBe(true);
  });

  it("answers 304 to a client that has the answer, computed or kept, with the cache policy", async () => {
    bumpVersion();
    const first = await raw(LARGE, { "accept-encoding": "br" });
    const etag = String(first.headers.etag);
    bumpVersion(); // the answer is computed again, and its tag is the same
    for (const x of ["miss", "hit"]) {
      const res = await raw(LARGE, { "accept-encoding": "br", "if-none-match": etag });
      expect(res.status).toBe(304);
      expect(res.headers["x-cache"]).toBe(x);
      expect(res.bytes.byteLength).toBe(0);
      expect(res.headers["cache-control"]).toBe("no-cache");
      expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    }
  });

  it("sends the health answer with every header the middleware sets after it", async () => {
    const res = await raw("/api/health", { "accept-encoding": "gzip, deflate, br" });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.bytes.toString("utf8"))).toMatchObject({ status: "ok" });
    expect(String(res.headers.vary).toLowerCase()).toMatch(/cookie.*accept-encoding/);
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });
});
