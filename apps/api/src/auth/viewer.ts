import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { toSessionUser } from "@sm/db";
import type { Role, SessionUser } from "@sm/domain";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { errorBody } from "../errors";
import { clearSessionCookie, readSessionCookie } from "./session-cookie";

/** What resolving a session needs; the page shell (web-app.ts) has these without the API's services. */
export type ViewerDeps = Pick<Services, "sessions" | "now" | "config">;

/**
 * The signed-in person behind the request's session cookie, or null. A cookie whose session has
 * ended is cleared on the response.
 */
export function resolveViewer(c: Context, deps: ViewerDeps): { viewer: SessionUser | null; token: string | null } {
  const token = readSessionCookie(c);
  if (!token) return { viewer: null, token: null };
  const session = deps.sessions.resolve(token, deps.now().getTime(), deps.config.sessionIdleMinutes * 60_000);
  if (!session) {
    clearSessionCookie(c, deps.config);
    return { viewer: null, token: null };
  }
  return { viewer: toSessionUser({ id: session.user_id, email: session.email, name: session.name, role: session.role }), token };
}

/** Resolves the session cookie to the signed-in person (or null) for every request. */
export const loadViewer = (deps: ViewerDeps) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const { viewer, token } = resolveViewer(c, deps);
    c.set("viewer", viewer);
    c.set("sessionToken", token);
    await next();
  });

/**
 * Lets the request through only for a signed-in person with one of the roles:
 * 401 when nobody is signed in, 403 for the wrong role.
 */
export const requireRole = (...roles: Role[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const viewer = c.get("viewer");
    if (!viewer) return c.json(errorBody("unauthorized", "Bitte melden Sie sich an."), 401);
    if (!roles.includes(viewer.role)) {
      return c.json(errorBody("forbidden", "Für diese Aktion fehlt Ihnen die Berechtigung."), 403);
    }
    await next();
  });
