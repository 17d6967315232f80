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
    // Through c.header, not c.res.headers: over @hono/node-server a later c.header rebuilds the
    // response from its original headers and would drop one appended directly.
    c.header("Vary", "Cookie", { append: true });
    if (readSessionCookie(c) !== null) c.header("Cache-Control", "private, no-store");
    else if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-cache");
  });
