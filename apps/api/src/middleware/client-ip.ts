import { getConnInfo } from "@hono/node-server/conninfo";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";

/**
 * The client's address in an X-Forwarded-For list behind `hops` trusted proxies: each proxy appends
 * the address it saw, so the entry `hops` from the right is the one our nearest trusted proxy
 * wrote down; everything left of it came from the client and may be invented.
 */
export function forwardedClient(header: string | undefined, hops: number): string | null {
  const entries = (header ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  if (entries.length === 0) return null;
  return entries[Math.max(0, entries.length - hops)]!;
}

/**
 * The address a request came from, for sign-in throttling and the audit log: behind `proxyHops`
 * trusted reverse proxies from X-Forwarded-For (see forwardedClient), otherwise the socket's.
 */
export const clientIp = (proxyHops: number) =>
  createMiddleware<AppEnv>(async (c, next) => {
    let ip = proxyHops > 0 ? forwardedClient(c.req.header("x-forwarded-for"), proxyHops) : null;
    if (ip === null) {
      try {
        ip = getConnInfo(c).remote.address ?? "unknown";
      } catch {
        // app.request() in tests has no socket.
        ip = "unknown";
      }
    }
    c.set("ip", ip);
    await next();
  });
