import { Hono } from "hono";
import { changesQuerySchema, formatDate } from "@sm/domain";
import { readScope } from "../audience";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { errorBody } from "../errors";
import { validate } from "../validate";

/**
 * GET /api/v1/changes?from=&to=: what changed in a period, per field. Without `from` the period
 * starts at the last committee session before `to` (default today).
 */
export const changesRoute = (services: Services) =>
  new Hono<AppEnv>().get("/", validate("query", changesQuerySchema), (c) => {
    const query = c.req.valid("query");
    const today = services.today();
    const horizon = services.horizon();
    const bad = (param: string, message: string) =>
      c.json(errorBody("bad_request", `Ungültiger Parameter „${param}“: ${message}`, param), 400);
    const to = query.to ?? today;
    if (to > today) return bad("to", "das Datum liegt in der Zukunft");
    const session = query.from ? undefined : services.committeeSessions.lastBefore(to);
    const from = query.from ?? session?.date ?? horizon.start;
    for (const [param, date] of [["from", from], ["to", to]] as const) {
      if (date < horizon.start || date > horizon.end) {
        return bad(param, `das Datum liegt außerhalb des Zeitrahmens ${formatDate(horizon.start)} – ${formatDate(horizon.end)}`);
      }
    }
    if (from > to) return bad("from", "der Beginn liegt nach dem Ende des Zeitraums");
    const { includeInternal, viewerId } = readScope(c.get("viewer"), to);
    return c.json(services.changes.between(from, to, { includeInternal, viewerId }, session ?? null), 200);
  });

/** GET /api/v1/committee-sessions: the committee's session dates, for choosing a report period. */
export const committeeSessionsRoute = (services: Services) =>
  new Hono<AppEnv>().get("/", (c) => c.json({ items: services.committeeSessions.all() }, 200));
