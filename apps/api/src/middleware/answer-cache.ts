import { createHash } from "node:crypto";
import { createMiddleware } from "hono/factory";
import { dataVersionQuery, type Db } from "@sm/db";
import type { AppEnv } from "../env";

/** Public read routes; sessions, own data and administration are never kept. */
const CACHEABLE = /^\/api\/v1\/(strategy|fields|measures|kpis|progress|changes|committee-sessions)(\/|$)/;

interface Entry {
  body: string;
  contentType: string;
  etag: string;
}

const etagOf = (body: string) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
const matches = (ifNoneMatch: string | undefined, etag: string) =>
  ifNoneMatch !== undefined && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);

/**
 * A public answer is a function of the data version, the address and the date read: it is computed
 * once and served from memory until a write moves the version (migration 0009 bumps it in every
 * writer's transaction). Only anonymous requests are answered from here, and only anonymous
 * answers are kept, so a signed-in reader's answer can never reach anyone else. The ETag is the
 * hash of the body: an answer a write did not change keeps its tag, and `If-None-Match` gets a 304.
 */
export function answerCache(db: Db, maxBytes = 32 * 1024 * 1024) {
  const version = dataVersionQuery(db);
  const entries = new Map<string, Entry>();
  let size = 0;
  let keptFor = -1;

  const remember = (key: string, entry: Entry) => {
    const bytes = entry.body.length * 2;
    if (bytes > maxBytes / 4) return;
    // Oldest first out: a Map iterates in insertion order, and a hit re-inserts its entry.
    for (const [oldest, old] of entries) {
      if (size + bytes <= maxBytes) break;
      entries.delete(oldest);
      size -= old.body.length * 2;
    }
    entries.set(key, entry);
    size += bytes;
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
      return c.body(hit.body, 200, { "Content-Type": hit.contentType });
    }
    await next();
    if (c.res.status !== 200) return;
    const body = await c.res.clone().text();
    const entry = { body, contentType: c.res.headers.get("content-type") ?? "application/json", etag: etagOf(body) };
    // A write that landed while this answer was computed makes it stale at once: keep it only if not.
    if (version() === now) remember(key, entry);
    c.res.headers.set("ETag", entry.etag);
    c.res.headers.set("X-Cache", "miss");
    if (matches(ifNoneMatch, entry.etag)) c.res = new Response(null, { status: 304, headers: c.res.headers });
  });
}
