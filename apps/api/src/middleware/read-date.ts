import { createMiddleware } from "hono/factory";
import { formatDate, isIsoDate } from "@sm/domain";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { errorBody } from "../errors";

/**
 * The date a read refers to: `asOf` from the query, or today. A date that is malformed, outside
 * the strategy's horizon or in the future answers 400 for every route alike, so no route can
 * forget the rule.
 */
export const readDate = (services: Services) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const today = services.today();
    const asOf = c.req.query("asOf");
    if (asOf === undefined || asOf === "") {
      c.set("asOf", today);
      return next();
    }
    const strategy = services.strategy.strategyRow();
    const bad = (message: string) => c.json(errorBody("bad_request", `Ungültiger Parameter „asOf“: ${message}`, "asOf"), 400);
    if (!isIsoDate(asOf)) return bad("Datum im Format JJJJ-MM-TT erwartet (z. B. 2025-03-31)");
    if (asOf > today) return bad("das Datum liegt in der Zukunft");
    if (strategy && (asOf < strategy.horizon_start || asOf > strategy.horizon_end)) {
      return bad(`das Datum liegt außerhalb des Zeitrahmens ${formatDate(strategy.horizon_start)} – ${formatDate(strategy.horizon_end)}`);
    }
    c.set("asOf", asOf);
    await next();
  });
