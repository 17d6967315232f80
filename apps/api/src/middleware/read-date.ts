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
export const readDate = (services: Services) => {
  // Formatting a date in the city's time zone is the dearest step of a cached read: once a minute
  // is enough, since the day changes in Germany on a whole minute (UTC offsets are whole hours).
  let known = { minute: NaN, today: "" };
  const currentDay = () => {
    const minute = Math.floor(services.now().getTime() / 60_000);
    if (minute !== known.minute) known = { minute, today: services.today() };
    return known.today;
  };
  return createMiddleware<AppEnv>(async (c, next) => {
    const today = currentDay();
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
};
