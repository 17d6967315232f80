import { Hono } from "hono";
import { changePasswordRequestSchema, type MyMeasure } from "@sm/domain";
import { hashPassword, passwordProblem, verifyPassword } from "@sm/db";
import { readScope } from "../audience";
import { throttleRules } from "../auth/throttle-rules";
import { requireRole } from "../auth/viewer";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { errorBody, invalidFields } from "../errors";
import { validate } from "../validate";

/** The signed-in person's own things: the measures a lead looks after, and their password. */
export const meRoute = (services: Services) => {
  const rules = throttleRules(services.config);
  return new Hono<AppEnv>()
    .get("/measures", requireRole("lead", "admin"), (c) => {
      const viewer = c.get("viewer")!;
      const scope = readScope(viewer, services.today());
      const intervalDays = services.strategy.strategyRow()?.update_interval_days ?? 90;
      const items: MyMeasure[] = services.measures.mine({ ...scope, viewerId: viewer.id });
      return c.json({ items, updateIntervalDays: intervalDays }, 200);
    })
    .post("/password", requireRole("lead", "council", "admin"), validate("json", changePasswordRequestSchema), async (c) => {
      const viewer = c.get("viewer")!;
      const { currentPassword, newPassword } = c.req.valid("json");
      const now = services.now();
      // Guessing the current password through this form counts like guessing at sign-in.
      const attempt = services.signInAttempts.start(viewer.email, c.get("ip"), now.getTime(), rules);
      if (attempt.kind === "wait") {
        c.header("Retry-After", String(attempt.seconds));
        return c.json(errorBody("too_many_requests", "Zu viele fehlgeschlagene Versuche. Bitte später erneut versuchen."), 429);
      }
      const user = services.users.byId(viewer.id)!;
      if (!(await verifyPassword(currentPassword, user.password_hash))) {
        return c.json(invalidFields({ currentPassword: "Das bisherige Passwort stimmt nicht." }), 400);
      }
      services.signInAttempts.succeed(attempt.attemptId);
      const weak = passwordProblem(newPassword, user);
      if (weak) return c.json(invalidFields({ newPassword: weak }), 400);
      if (newPassword === currentPassword) return c.json(invalidFields({ newPassword: "unterscheidet sich nicht vom bisherigen Passwort" }), 400);
      const passwordHash = await hashPassword(newPassword);
      services.db
        .transaction(() => {
          services.users.setPassword(viewer.id, passwordHash);
          // Whoever may have learned the old password is signed out everywhere else.
          services.sessions.removeOthers(viewer.id, c.get("sessionToken")!);
          services.audit.add({ at: now.toISOString(), actorId: viewer.id, action: "user.password_change", entity: `user:${viewer.id}`, ip: c.get("ip") });
        })
        .immediate();
      return c.body(null, 204);
    });
};
