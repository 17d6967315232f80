import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export type ContentEncoding = "br" | "gzip";

/** Below this many bytes, compression saves less than the headers and the work cost. */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * The encoding to send for an Accept-Encoding header: brotli when accepted (smaller than gzip for
 * text), gzip otherwise, null for identity. A q-value of 0 refuses an encoding, also via "*".
 */
export function preferredEncoding(acceptEncoding: string | undefined | null): ContentEncoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name.trim(), Number.isNaN(weight) ? 0 : weight);
  }
  const accepts = (encoding: ContentEncoding) => (weights.get(encoding) ?? weights.get("*") ?? 0) > 0;
  if (accepts("br")) return "br";
  if (accepts("gzip")) return "gzip";
  return null;
}

/**
 * Compresses a whole body at once. Brotli at quality 5 for answers built per request: the top
 * quality (11, used for the static files at build time) costs many times the CPU for a few percent.
 */
export function compressBody(body: Uint8Array, encoding: ContentEncoding, quality: "fast" | "max" = "fast"): Uint8Array<ArrayBuffer> {
  // A copy into a plain ArrayBuffer, which a Response body accepts (a Buffer may sit in a shared pool).
  if (encoding === "gzip") return new Uint8Array(gzipSync(body, { level: quality === "max" ? 9 : 6 }));
  const compressed = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: quality === "max" ? constants.BROTLI_MAX_QUALITY : 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
  return new Uint8Array(compressed);
}
