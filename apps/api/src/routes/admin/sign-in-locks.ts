import { Hono } from "hono";
import { liftSignInLockQuerySchema } from "@sm/domain";
import { throttleRules } from "../../auth/throttle-rules";
import type { Services } from "../../deps";
import type { AppEnv } from "../../env";
import { validate } from "../../validate";

/** Who is being held back at sign-in, and lifting it (audited), e.g. after a colleague mistyped too often. */
export const adminSignInLocksRoute = (services: Services) => {
  const rules = throttleRules(services.config);
  return new Hono<AppEnv>()
    .get("/", (c) => c.json({ items: services.signInAttempts.locks(services.now().getTime(), rules) }, 200))
    .delete("/", validate("query", liftSignInLockQuerySchema), (c) => {
      const { email, ip } = c.req.valid("query");
      const now = services.now();
      const viewer = c.get("viewer")!;
      const lifted = services.db
        .transaction(() => {
          const n = services.signInAttempts.lift(email, ip ?? null, now.getTime(), rules);
          services.audit.add({
            at: now.toISOString(),
            actorId: viewer.id,
            action: "session.lock_lifted",
            entity: null,
            details: { email, ip: ip ?? "alle Adressen", failures: n },
            ip: c.get("ip"),
          });
          return n;
        })
        .immediate();
      return c.json({ lifted, items: services.signInAttempts.locks(now.getTime(), rules) }, 200);
    });
};
