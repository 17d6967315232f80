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
    if (c.res.status === 204 || c.res.status === 304 || c.req.method === "HEAD") return;
    if (!/^application\/json\b/i.test(c.res.headers.get("Content-Type") ?? "")) return;
    // On c.res.headers, never c.header: see cache-policy.ts.
    c.res.headers.append("Vary", "Accept-Encoding");
    // The answer cache sends its answers already encoded.
    if (c.res.headers.has("Content-Encoding")) return;
    const encoding = preferredEncoding(c.req.header("Accept-Encoding"));
    if (encoding === null) return;
    const res = c.res;
    const headers = new Headers(res.headers);
    const body = new Uint8Array(await res.arrayBuffer());
    const compress = body.byteLength >= threshold;
    if (compress) {
      headers.set("Content-Encoding", encoding);
      headers.delete("Content-Length");
    }
    // Unset first: assigning over a response would copy its old headers onto the new one.
    c.res = undefined;
    c.res = new Response(compress ? compressBody(body, encoding) : body, { status: res.status, headers });
  });
