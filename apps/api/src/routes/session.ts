import { Hono } from "hono";
import { signInRequestSchema, type SessionResponse } from "@sm/domain";
import { DUMMY_HASH, toSessionUser, verifyPassword } from "@sm/db";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { errorBody } from "../errors";
import { clearSessionCookie, writeSessionCookie } from "../auth/session-cookie";
import { throttleRules } from "../auth/throttle-rules";
import { validate } from "../validate";

const WRONG_CREDENTIALS = "E-Mail-Adresse oder Passwort ist falsch.";

export const sessionRoute = (services: Services) => {
  const { config } = services;
  const rules = throttleRules(config);

  return new Hono<AppEnv>()
    .get("/", (c) => c.json({ user: c.get("viewer") } satisfies SessionResponse, 200))
    .post("/", validate("json", signInRequestSchema), async (c) => {
      const { email, password } = c.req.valid("json");
      const ip = c.get("ip");
      const now = services.now();
      // Counted before the password is checked, in one synchronous step: parallel guesses queue here.
      const attempt = services.signInAttempts.start(email, ip, now.getTime(), rules);
      if (attempt.kind === "wait") {
        const wait = attempt.seconds;
        c.header("Retry-After", String(wait));
        const minutes = Math.ceil(wait / 60);
        // The same answer for known and unknown e-mail addresses.
        return c.json(
          errorBody("too_many_requests", `Zu viele fehlgeschlagene Anmeldeversuche. Bitte in ${minutes} Minute${minutes === 1 ? "" : "n"} erneut versuchen.`),
          429,
        );
      }
      const user = services.users.byEmail(email);
      // Verify against a dummy hash for unknown accounts so the answer takes as long either way.
      const passwordOk = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
      const ok = Boolean(user && passwordOk && user.is_active === 1);
      const at = now.toISOString();
      // Only synchronous work from here on: the writes below run together.
      services.db.transaction(() => {
        // Housekeeping rides along with sign-ins, so the tables stay small without a scheduler.
        services.sessions.removeExpired(now.getTime(), config.sessionIdleMinutes * 60_000);
        services.signInAttempts.prune(now.getTime() - 24 * 3_600_000);
        if (ok) services.signInAttempts.succeed(attempt.attemptId);
        // A sign-in replaces the session the browser came with, whoever it belonged to.
        const previous = c.get("sessionToken");
        if (ok && previous) services.sessions.remove(previous);
        services.audit.add({
          at,
          actorId: ok && user ? user.id : null,
          action: ok ? "session.sign_in" : "session.sign_in_failed",
          entity: user ? `user:${user.id}` : null,
          details: ok ? {} : { email },
          ip,
        });
        if (ok && user) services.users.markSignIn(user.id, at);
      }).immediate();
      if (!ok || !user) return c.json(errorBody("unauthorized", WRONG_CREDENTIALS), 401);

      const token = services.sessions.create(user.id, now.getTime(), config.sessionMaxHours * 3_600_000);
      writeSessionCookie(c, token, config);
      return c.json({ user: toSessionUser(user) } satisfies SessionResponse, 200);
    })
    .delete("/", (c) => {
      const token = c.get("sessionToken");
      const viewer = c.get("viewer");
      if (token && viewer) {
        services.db.transaction(() => {
          services.sessions.remove(token);
          services.audit.add({ at: services.now().toISOString(), actorId: viewer.id, action: "session.sign_out", entity: `user:${viewer.id}`, ip: c.get("ip") });
        }).immediate();
      }
      clearSessionCookie(c, config);
      return c.body(null, 204);
    });
};
