import { Hono } from "hono";
import { committeeSessionParamSchema, committeeSessionRequestSchema } from "@sm/domain";
import type { Services } from "../../deps";
import type { AppEnv } from "../../env";
import { validate } from "../../validate";
import { writeContext } from "../../write-context";
import { failure } from "./respond";

/** Committee session dates: the default start of "what changed" and of the council report. */
export const adminCommitteeSessionsRoute = (services: Services) =>
  new Hono<AppEnv>()
    .put("/:date", validate("param", committeeSessionParamSchema), validate("json", committeeSessionRequestSchema), (c) => {
      const { date } = c.req.valid("param");
      const outcome = services.admin.saveCommitteeSession(date, c.req.valid("json").title, writeContext(services, c.get("viewer")!, c.get("ip")));
      if (outcome.kind !== "saved") return failure(c, outcome, `Sitzung am ${date}`);
      return c.json({ items: services.committeeSessions.all() }, 200);
    })
    .delete("/:date", validate("param", committeeSessionParamSchema), (c) => {
      const { date } = c.req.valid("param");
      const outcome = services.admin.deleteCommitteeSession(date, writeContext(services, c.get("viewer")!, c.get("ip")));
      if (outcome.kind !== "saved") return failure(c, outcome, `Sitzung am ${date}`);
      return c.json({ items: services.committeeSessions.all() }, 200);
    });
