import { Hono } from "hono";
import { codeParamSchema, measureListQuerySchema, type MeasureDetail } from "@sm/domain";
import type { Services } from "../deps";
import { notFound } from "../errors";
import { validate } from "../validate";

export const measuresRoute = (services: Services) =>
  new Hono()
    .get("/", validate("query", measureListQuerySchema), (c) => {
      const query = c.req.valid("query");
      return c.json(services.measures.list(query, services.publicScope()), 200);
    })
    .get("/:code", validate("param", codeParamSchema), (c) => {
      const { code } = c.req.valid("param");
      const scope = services.publicScope();
      const found = services.measures.detail(code, scope);
      if (!found) return notFound(c, `Maßnahme „${code}“ gibt es nicht.`);
      const { id, ...measure } = found;
      const body: MeasureDetail = { ...measure, kpis: services.kpis.forMeasure(id, scope) };
      return c.json(body, 200);
    });
