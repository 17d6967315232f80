import { Hono } from "hono";
import { kpiIdParamSchema, kpiListQuerySchema, readQuerySchema } from "@sm/domain";
import { readScope } from "../audience";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { validate } from "../validate";

export const kpisRoute = (services: Services) =>
  new Hono<AppEnv>()
    .get("/", validate("query", kpiListQuerySchema), (c) => {
      const { field, q } = c.req.valid("query");
      const scope = readScope(c.get("viewer"), c.get("asOf"));
      if (field && !services.strategy.fieldSummary(field, scope)) {
        return notFound(c, `Handlungsfeld „${field}“ gibt es nicht.`);
      }
      const items = services.kpis.list(scope, field, q);
      return c.json({ items, total: items.length }, 200);
    })
    .get("/:id", validate("param", kpiIdParamSchema), validate("query", readQuerySchema), (c) => {
      const { id } = c.req.valid("param");
      const kpi = services.kpis.detail(id, readScope(c.get("viewer"), c.get("asOf")));
      if (!kpi) return notFound(c, `Kennzahl „${id}“ gibt es nicht.`);
      return c.json(kpi, 200);
    });
