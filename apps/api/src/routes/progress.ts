import { Hono } from "hono";
import { progressQuerySchema } from "@sm/domain";
import type { Services } from "../deps";
import { notFound } from "../errors";
import { validate } from "../validate";

export const progressRoute = (services: Services) =>
  new Hono().get("/", validate("query", progressQuerySchema), (c) => {
    const { field } = c.req.valid("query");
    const scope = services.publicScope();
    const strategy = services.strategy.strategyRow();
    if (!strategy) return notFound(c, "Es ist noch keine Strategie geladen.");
    if (field && !services.strategy.fieldSummary(field, scope)) {
      return notFound(c, `Handlungsfeld „${field}“ gibt es nicht.`);
    }
    const series = services.progress.series({
      horizon: { start: strategy.horizon_start, end: strategy.horizon_end },
      today: scope.asOf,
      field: field ?? null,
      includeInternal: scope.includeInternal,
    });
    return c.json(series, 200);
  });
