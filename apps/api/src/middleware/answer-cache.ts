import { createHash } from "node:crypto";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { dataVersionQuery, type Db } from "@sm/db";
import type { AppEnv } from "../env";
import { COMPRESSION_THRESHOLD, compressBody, preferredEncoding, type ContentEncoding } from "./accept-encoding";

/** Public read routes; sessions, own data and administration are never kept. */
const CACHEABLE = /^\/api\/v1\/(strategy|fields|measures|kpis|progress|changes|committee-sessions)(\/|$)/;

interface Entry {
  /** the answer as UTF-8, and compressed the first time a client asks for that encoding */
  bodies: { identity: Uint8Array<ArrayBuffer> } & Partial<Record<ContentEncoding, Uint8Array<ArrayBuffer>>>;
  contentType: string;
  etag: string;
}

const etagOf = (body: Uint8Array) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
const matches = (ifNoneMatch: string | undefined, etag: string) =>
  ifNoneMatch !== undefined && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
const sizeOf = (entry: Entry) => Object.values(entry.bodies).reduce((sum, body) => sum + body.byteLength, 0);

/**
 * A public answer is a function of the data version, the address and the date read: it is computed
 * once and served from memory until a write moves the version (migration 0009 bumps it in every
 * writer's transaction). Only anonymous requests are answered from here, and only anonymous
 * answers are kept, so a signed-in reader's answer can never reach anyone else. The ETag is the
 * hash of the body: an answer a write did not change keeps its tag, and `If-None-Match` gets a 304.
 * An answer is compressed once per encoding and kept so too: compressing a large answer for every
 * request would cost far more than sending it (compress-json.ts leaves an encoded answer alone).
 */
export function answerCache(db: Db, maxBytes = 32 * 1024 * 1024) {
  const version = dataVersionQuery(db);
  const entries = new Map<string, Entry>();
  let size = 0;
  let keptFor = -1;

  const makeRoom = (bytes: number) => {
    // Oldest first out: a Map iterates in insertion order, and a hit re-inserts its entry.
    for (const [oldest, old] of entries) {
      if (size + bytes <= maxBytes) break;
      entries.delete(oldest);
      size -= sizeOf(old);
    }
  };
  const remember = (key: string, entry: Entry) => {
    const bytes = sizeOf(entry);
    if (bytes > maxBytes / 4) return;
    makeRoom(bytes);
    entries.set(key, entry);
    size += bytes;
  };

  /** The entry's body for this request's Accept-Encoding, compressed (and kept) when that pays. */
  const bodyFor = (c: Context, entry: Entry, key: string): { body: Uint8Array<ArrayBuffer>; encoding: ContentEncoding | null } => {
    const identity = entry.bodies.identity;
    const encoding = identity.byteLength >= COMPRESSION_THRESHOLD ? preferredEncoding(c.req.header("Accept-Encoding")) : null;
    if (encoding === null) return { body: identity, encoding };
    let body = entry.bodies[encoding];
    if (!body) {
      body = compressBody(identity, encoding);
      entry.bodies[encoding] = body;
      if (entries.get(key) === entry) {
        entries.delete(key);
        size -= sizeOf(entry) - body.byteLength;
        remember(key, entry);
      }
    }
    return { body, encoding };
  };

  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method !== "GET" || c.get("viewer") !== null || !CACHEABLE.test(c.req.path)) return next();
    const now = version();
    if (now !== keptFor) {
      entries.clear();
      size = 0;
      keptFor = now;
    }
    const url = new URL(c.req.url);
    const key = `${c.get("asOf")}|${url.pathname}${url.search}`;
    const ifNoneMatch = c.req.header("if-none-match");
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      c.header("ETag", hit.etag);
      c.header("X-Cache", "hit");
      if (matches(ifNoneMatch, hit.etag)) return c.body(null, 304);
      const { body, encoding } = bodyFor(c, hit, key);
      if (encoding) c.header("Content-Encoding", encoding);
      return c.body(body, 200, { "Content-Type": hit.contentType });
    }
    await next();
    if (c.res.status !== 200) return;
    const computed = c.res;
    const identity = new Uint8Array(await computed.arrayBuffer());
    const entry: Entry = { bodies: { identity }, contentType: computed.headers.get("content-type") ?? "application/json", etag: etagOf(identity) };
    // A write that landed while this answer was computed makes it stale at once: keep it only if not.
    if (version() === now) remember(key, entry);
    const headers = new Headers(computed.headers);
    headers.set("ETag", entry.etag);
    headers.set("X-Cache", "miss");
    // Unset first: assigning over a response would copy its old headers onto the new one.
    c.res = undefined;
    if (matches(ifNoneMatch, entry.etag)) {
      c.res = new Response(null, { status: 304, headers });
      return;
    }
    const { body, encoding } = bodyFor(c, entry, key);
    if (encoding) headers.set("Content-Encoding", encoding);
    headers.delete("Content-Length");
    c.res = new Response(body, { status: 200, headers });
  });
}
