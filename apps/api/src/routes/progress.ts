import { Hono } from "hono";
import { progressQuerySchema } from "@sm/domain";
import { readScope } from "../audience";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { validate } from "../validate";

export const progressRoute = (services: Services) =>
  new Hono<AppEnv>().get("/", validate("query", progressQuerySchema), (c) => {
    const { field } = c.req.valid("query");
    const scope = readScope(c.get("viewer"), c.get("asOf"));
    const strategy = services.strategy.strategyRow();
    if (!strategy) return notFound(c, "Es ist noch keine Strategie geladen.");
    if (field && !services.strategy.fieldSummary(field, scope)) {
      return notFound(c, `Handlungsfeld „${field}“ gibt es nicht.`);
    }
    const series = services.progress.series({
      horizon: { start: strategy.horizon_start, end: strategy.horizon_end },
      field: field ?? null,
      scope,
    });
    return c.json(series, 200);
  });
