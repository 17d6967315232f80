import { createMiddleware } from "hono/factory";
import { toSessionUser } from "@sm/db";
import type { Role } from "@sm/domain";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { errorBody } from "../errors";
import { clearSessionCookie, readSessionCookie } from "./session-cookie";

/** Resolves the session cookie to the signed-in person (or null) for every request. */
export const loadViewer = (services: Services) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const token = readSessionCookie(c);
    c.set("viewer", null);
    c.set("sessionToken", null);
    if (token) {
      const session = services.sessions.resolve(token, services.now().getTime(), services.config.sessionIdleMinutes * 60_000);
      if (session) {
        c.set("viewer", toSessionUser({ id: session.user_id, email: session.email, name: session.name, role: session.role }));
        c.set("sessionToken", token);
      } else {
        clearSessionCookie(c, services.config);
      }
    }
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
