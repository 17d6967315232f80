import { Hono } from "hono";
import { codeParamSchema, readQuerySchema, type FieldDetail, type FieldTimeline } from "@sm/domain";
import { readScope } from "../audience";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { validate } from "../validate";

export const fieldsRoute = (services: Services) =>
  new Hono<AppEnv>()
    .get("/:code", validate("param", codeParamSchema), validate("query", readQuerySchema), (c) => {
      const { code } = c.req.valid("param");
      const scope = readScope(c.get("viewer"), c.get("asOf"));
      const summary = services.strategy.fieldSummary(code, scope);
      if (!summary) return notFound(c, `Handlungsfeld „${code}“ gibt es nicht.`);
      const body: FieldDetail = {
        ...summary,
        measures: services.measures.all({ field: code }, scope),
        kpis: services.kpis.listWithSeries(scope, code),
      };
      return c.json(body, 200);
    })
    .get("/:code/timeline", validate("param", codeParamSchema), validate("query", readQuerySchema), (c) => {
      const { code } = c.req.valid("param");
      const body: FieldTimeline | undefined = services.timeline.forField(code, readScope(c.get("viewer"), c.get("asOf")));
      if (!body) return notFound(c, `Handlungsfeld „${code}“ gibt es nicht.`);
      return c.json(body, 200);
    });
