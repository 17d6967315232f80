import { getConnInfo } from "@hono/node-server/conninfo";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";

/**
 * The address a request came from, for sign-in throttling and the audit log. Behind a reverse
 * proxy (trustProxy) the first X-Forwarded-For entry; otherwise the socket's address.
 */
export const clientIp = (trustProxy: boolean) =>
  createMiddleware<AppEnv>(async (c, next) => {
    let ip = "unknown";
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (trustProxy && forwarded) ip = forwarded;
    else {
      try {
        ip = getConnInfo(c).remote.address ?? "unknown";
      } catch {
        // app.request() in tests has no socket.
      }
    }
    c.set("ip", ip);
    await next();
  });
