import { Hono } from "hono";
import { createKpiRequestSchema, editKpiRequestSchema, kpiIdParamSchema } from "@sm/domain";
import type { Services } from "../../deps";
import type { AppEnv } from "../../env";
import { validate } from "../../validate";
import { writeContext } from "../../write-context";
import { failure } from "./respond";

/** KPIs: list all (internal and archived too), create, edit every field, mark public or internal, archive. */
export const adminKpisRoute = (services: Services) =>
  new Hono<AppEnv>()
    .get("/", (c) => c.json({ items: services.adminKpis() }, 200))
    .post("/", validate("json", createKpiRequestSchema), (c) => {
      const body = c.req.valid("json");
      const outcome = services.admin.createKpi(body, writeContext(services, c.get("viewer")!, c.get("ip")));
      if (outcome.kind !== "saved") return failure(c, outcome, `Kennzahl „${body.id}“`);
      return c.json({ kpi: services.adminKpis().find((k) => k.id === body.id)! }, 201);
    })
    .patch("/:id", validate("param", kpiIdParamSchema), validate("json", editKpiRequestSchema), (c) => {
      const { id } = c.req.valid("param");
      const outcome = services.admin.editKpi(id, c.req.valid("json"), writeContext(services, c.get("viewer")!, c.get("ip")));
      if (outcome.kind !== "saved") return failure(c, outcome, `Kennzahl „${id}“`);
      return c.json({ kpi: services.adminKpis().find((k) => k.id === id)! }, 200);
    });
