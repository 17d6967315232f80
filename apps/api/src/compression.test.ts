import { get as httpGet, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressJson } from "./middleware/compress-json";
import { createTestApp, signIn, USERS } from "./testing";

const { app, cleanup } = createTestApp();
afterAll(cleanup);

/** A JSON answer well above the threshold, and one below it. */
const LARGE = "/api/v1/progress";
const SMALL = "/api/health";

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe("compressed JSON answers", () => {
  it("sends brotli to a client that accepts it, decoding to the same JSON as the plain answer", async () => {
    const plain = await get(LARGE);
    const br = await get(LARGE, { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(plain.res.headers.get("content-encoding")).toBeNull();
    expect(plain.bytes.byteLength).toBeGreaterThan(1024);
    expect(br.res.headers.get("content-encoding")).toBe("br");
    expect(br.res.headers.get("content-type")).toContain("application/json");
    expect(br.bytes.byteLength).toBeLessThan(plain.bytes.byteLength / 2);
    expect(JSON.parse(brotliDecompressSync(br.bytes).toString("utf8"))).toEqual(JSON.parse(plain.bytes.toString("utf8")));
  });

  it("sends gzip to a client that accepts gzip but not brotli", async () => {
    const plain = await get(LARGE);
    for (const accept of ["gzip", "gzip, deflate", "br;q=0, gzip"]) {
      const gz = await get(LARGE, { "accept-encoding": accept });
      expect(gz.res.headers.get("content-encoding")).toBe("gzip");
      expect(JSON.parse(gunzipSync(gz.bytes).toString("utf8"))).toEqual(JSON.parse(plain.bytes.toString("utf8")));
    }
  });

  it("sends the plain answer without Accept-Encoding or with only unknown or refused encodings", async () => {
    const reference = await (await app.request(LARGE)).text();
    const variants: Record<string, string>[] = [{}, { "accept-encoding": "identity" }, { "accept-encoding": "deflate" }, { "accept-encoding": "*;q=0" }];
    for (const headers of variants) {
      const { res, bytes } = await get(LARGE, headers);
      expect(res.headers.get("content-encoding")).toBeNull();
      expect(bytes.toString("utf8")).toBe(reference);
    }
  });

  it("leaves small answers uncompressed", async () => {
    const { res, bytes } = await get(SMALL, { "accept-encoding": "br, gzip" });
    expect(bytes.byteLength).toBeLessThan(1024);
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(JSON.parse(bytes.toString("utf8"))).toHaveProperty("status", "ok");
  });

  it("says the answer varies with Accept-Encoding and with the session cookie, keeping the cache policy", async () => {
    const anonymous = await get(LARGE, { "accept-encoding": "br" });
    expect(varyOf(anonymous.res)).toEqual(expect.arrayContaining(["accept-encoding", "cookie"]));
    expect(anonymous.res.headers.get("cache-control")).toBe("no-cache");
    const cookie = await signIn(app, USERS.council);
    const signedIn = await get(LARGE, { "accept-encoding": "br", cookie });
    expect(signedIn.res.headers.get("content-encoding")).toBe("br");
    expect(varyOf(signedIn.res)).toEqual(expect.arrayContaining(["accept-encoding", "cookie"]));
    expect(signedIn.res.headers.get("cache-control")).toBe("private, no-store");
    expect(signedIn.res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("compressed JSON over a real connection", () => {
  // @hono/node-server swaps in its own Response class, which behaves differently from app.request()'s.
  let server: ServerType;
  let port = 0;
  beforeAll(() => new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
      port = info.port;
      resolve();
    });
  }));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const raw = (path: string, headers: Record<string, string>) =>
    new Promise<{ headers: IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
      httpGet({ host: "127.0.0.1", port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
      }).on("error", reject);
    });

  it("sends brotli with Vary: Cookie and Accept-Encoding, and the plain small answers with both too", async () => {
    const plain = await (await app.request(LARGE)).text();
    const br = await raw(LARGE, { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(Number(br.headers["content-length"] ?? br.bytes.byteLength)).toBe(br.bytes.byteLength);
    expect(brotliDecompressSync(br.bytes).toString("utf8")).toBe(plain);
    const small = await raw(SMALL, { "accept-encoding": "gzip, deflate, br" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    for (const res of [br, small]) {
      const vary = String(res.headers.vary).toLowerCase();
      expect(vary).toContain("cookie");
      expect(vary).toContain("accept-encoding");
      expect(res.headers["cache-control"]).toBe("no-cache");
    }
  });
});

describe("compressJson on its own", () => {
  const big = { items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `Eintrag ${i}` })) };
  const probe = new Hono()
    .use(compressJson())
    .get("/big", (c) => c.json(big))
    .get("/big-text", (c) => c.text(JSON.stringify(big)))
    .get("/empty", (c) => c.body(null, 204))
    .get("/encoded", (c) => c.body(JSON.stringify(big), 200, { "content-type": "application/json", "content-encoding": "identity" }))
    .get("/error", (c) => c.json(big, 500));

  it("compresses error answers too, keeping their status", async () => {
    const res = await probe.request("/error", { headers: { "accept-encoding": "br" } });
    expect(res.status).toBe(500);
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(JSON.parse(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString("utf8"))).toEqual(big);
  });

  it("leaves 204, answers that already carry an encoding, and non-JSON answers alone", async () => {
    const empty = await probe.request("/empty", { headers: { "accept-encoding": "br" } });
    expect(empty.status).toBe(204);
    expect(empty.headers.get("content-encoding")).toBeNull();
    const encoded = await probe.request("/encoded", { headers: { "accept-encoding": "br" } });
    expect(encoded.headers.get("content-encoding")).toBe("identity");
    expect(JSON.parse(await encoded.text())).toEqual(big);
    const text = await probe.request("/big-text", { headers: { "accept-encoding": "br" } });
    expect(text.headers.get("content-encoding")).toBeNull();
  });

  it("drops a stale Content-Length", async () => {
    const res = await probe.request("/big", { headers: { "accept-encoding": "gzip" } });
    const bytes = Buffer.from(await res.arrayBuffer());
    const length = res.headers.get("content-length");
    expect(length === null || Number(length) === bytes.byteLength).toBe(true);
    expect(JSON.parse(gunzipSync(bytes).toString("utf8"))).toEqual(big);
  });
});

function varyOf(res: Response): string[] {
  return (res.headers.get("vary") ?? "").split(",").map((v) => v.trim().toLowerCase());
}
