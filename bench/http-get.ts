import { Agent, get } from "node:http";

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/**
 * One GET over a kept-alive connection, timed until the last byte. The bytes are counted as they
 * arrive (compressed when the server compressed them); fetch() would decompress and add headers.
 * Rejects with a TimeoutError after `timeoutMs`.
 */
export function timedGet(url: string, headers: Record<string, string>, timeoutMs: number): Promise<{ status: number; bytes: number; ms: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const req = get(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.byteLength));
      res.on("end", () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - start });
      });
      res.on("error", reject);
    });
    const timer = setTimeout(() => {
      const error = new Error(`no answer within ${timeoutMs} ms`);
      error.name = "TimeoutError";
      req.destroy(error);
    }, timeoutMs);
    req.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
