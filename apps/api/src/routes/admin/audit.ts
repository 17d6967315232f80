import { Hono } from "hono";
import { auditQuerySchema } from "@sm/domain";
import type { Services } from "../../deps";
import type { AppEnv } from "../../env";
import { validate } from "../../validate";

/** The audit log, read-only: no route changes or deletes an entry. */
export const adminAuditRoute = (services: Services) =>
  new Hono<AppEnv>().get("/", validate("query", auditQuerySchema), (c) => c.json(services.audit.list(c.req.valid("query")), 200));
