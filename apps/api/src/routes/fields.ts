import { Hono } from "hono";
import { codeParamSchema, fieldQuerySchema, timelineQuerySchema, type FieldDetail, type FieldTimeline } from "@sm/domain";
import { readScope } from "../audience";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { validate } from "../validate";

/**
 * A field's page and its Gantt chart. Both answer a page at a time with the total, so a field of
 * thousands of measures stays a small answer; the KPI cards carry sparkline-sized series.
 */
export const fieldsRoute = (services: Services) =>
  new Hono<AppEnv>()
    .get("/:code", validate("param", codeParamSchema), validate("query", fieldQuerySchema), (c) => {
      const { code } = c.req.valid("param");
      const query = c.req.valid("query");
      const scope = readScope(c.get("viewer"), c.get("asOf"));
      const summary = services.strategy.fieldSummary(code, scope);
      if (!summary) return notFound(c, `Handlungsfeld „${code}“ gibt es nicht.`);
      const body: FieldDetail = {
        ...summary,
        measures: services.measures.list(
          { field: code, sort: query.sort, order: query.order, page: query.page, pageSize: query.pageSize },
          scope,
        ),
        kpis: services.kpis.fieldPage(scope, code, { page: query.kpiPage, pageSize: query.kpiPageSize }),
      };
      return c.json(body, 200);
    })
    .get("/:code/timeline", validate("param", codeParamSchema), validate("query", timelineQuerySchema), (c) => {
      const { code } = c.req.valid("param");
      const { page, pageSize } = c.req.valid("query");
      const scope = readScope(c.get("viewer"), c.get("asOf"));
      const body: FieldTimeline | undefined = services.timeline.forField(code, scope, { page, pageSize });
      if (!body) return notFound(c, `Handlungsfeld „${code}“ gibt es nicht.`);
      return c.json(body, 200);
    });
