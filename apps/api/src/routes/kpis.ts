import { Hono } from "hono";
import { kpiIdParamSchema, kpiListQuerySchema, kpiValuesQuerySchema, readQuerySchema } from "@sm/domain";
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
    })
    // Every value, a page at a time: the KPI page's chart draws a chart-sized series of them.
    .get("/:id/values", validate("param", kpiIdParamSchema), validate("query", kpiValuesQuerySchema), (c) => {
      const { id } = c.req.valid("param");
      const { page, pageSize } = c.req.valid("query");
      const values = services.kpis.values(id, readScope(c.get("viewer"), c.get("asOf")), { page, pageSize });
      if (!values) return notFound(c, `Kennzahl „${id}“ gibt es nicht.`);
      return c.json(values, 200);
    });
