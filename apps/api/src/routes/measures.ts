import { Hono } from "hono";
import { codeParamSchema, measureListQuerySchema, readQuerySchema } from "@sm/domain";
import { measureView, readScope } from "../audience";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { validate } from "../validate";

export const measuresRoute = (services: Services) =>
  new Hono<AppEnv>()
    .get("/", validate("query", measureListQuerySchema), (c) => {
      const query = c.req.valid("query");
      return c.json(services.measures.list(query, readScope(c.get("viewer"), c.get("asOf"))), 200);
    })
    .get("/:code", validate("param", codeParamSchema), validate("query", readQuerySchema), (c) => {
      const { code } = c.req.valid("param");
      const viewer = c.get("viewer");
      const scope = readScope(viewer, c.get("asOf"));
      const found = services.measures.detail(code, scope);
      if (!found) return notFound(c, `Maßnahme „${code}“ gibt es nicht.`);
      return c.json(measureView(services, viewer, found, services.kpis.forMeasure(found.id, scope), scope.asOf), 200);
    });
