import { createMiddleware } from "hono/factory";
import { COMPRESSION_THRESHOLD, compressBody, preferredEncoding } from "./accept-encoding";

/**
 * Compresses JSON answers for clients that accept it (brotli, else gzip). The API's answers are
 * built whole in memory, so compressing the finished body once is simpler than streaming and
 * lets small answers, where it would not pay, go out as they are. Every JSON answer says it
 * varies with Accept-Encoding, appended to the Vary the cache policy sets.
 */
export const compressJson = (threshold = COMPRESSION_THRESHOLD) =>
  createMiddleware(async (c, next) => {
    await next();
    const res = c.res;
    if (res.status === 204 || res.status === 304 || c.req.method === "HEAD" || res.body === null) return;
    if (res.headers.has("Content-Encoding")) return;
    if (!/^application\/json\b/i.test(res.headers.get("Content-Type") ?? "")) return;
    res.headers.append("Vary", "Accept-Encoding");
    const encoding = preferredEncoding(c.req.header("Accept-Encoding"));
    if (encoding === null) return;
    const body = new Uint8Array(await res.clone().arrayBuffer());
    if (body.byteLength < threshold) return;
    const headers = new Headers(res.headers);
    headers.set("Content-Encoding", encoding);
    headers.delete("Content-Length");
    // Unset first: assigning over a response would copy its old headers onto the new one.
    c.res = undefined;
    c.res = new Response(compressBody(body, encoding), { status: res.status, statusText: res.statusText, headers });
  });
