import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { errorBody } from "../errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests that do not come from our own pages: the browser's Origin
 * header (or Sec-Fetch-Site) must say same origin. Together with SameSite=Lax cookies this stops
 * cross-site request forgery, including JSON posts that CORS alone would not.
 */
export const sameOriginWrites = (trustProxy: boolean) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const url = new URL(c.req.url);
    const proto = (trustProxy && c.req.header("x-forwarded-proto")) || url.protocol.replace(":", "");
    const host = (trustProxy && c.req.header("x-forwarded-host")) || c.req.header("host") || url.host;
    const origin = c.req.header("origin");
    const fetchSite = c.req.header("sec-fetch-site");
    const sameOrigin = origin ? origin === `${proto}://${host}` : fetchSite === "same-origin";
    if (!sameOrigin) {
      return c.json(errorBody("forbidden", "Anfrage von einer fremden Seite abgelehnt."), 403);
    }
    await next();
  });
