import { createMiddleware } from "hono/factory";
import { readSessionCookie } from "../auth/session-cookie";

/**
 * Every API answer depends on who asks (the session cookie decides what a reader sees), so every
 * one says so (Vary: Cookie). An answer to a signed-in person may carry internal data: no shared or
 * browser cache keeps it (private, no-store). Anonymous reads may be cached but must be revalidated,
 * since they change with every update.
 */
export const cachePolicy = () =>
  createMiddleware(async (c, next) => {
    await next();
    // On c.res.headers, never c.header: after the handler has answered, c.header asks the answer
    // whether its body was used, which makes @hono/node-server build a full fetch Response and send
    // it as a stream (several times the cost of the plain string it had). The same Headers object
    // is what the server sends, so a header set here cannot get lost, as long as no later
    // middleware calls c.header (none on /api/* does).
    const headers = c.res.headers;
    headers.append("Vary", "Cookie");
    if (readSessionCookie(c) !== null) headers.set("Cache-Control", "private, no-store");
    else if (!headers.has("Cache-Control")) headers.set("Cache-Control", "no-cache");
  });
