import { Hono } from "hono";
import { createKpiRequestSchema, editKpiRequestSchema, kpiIdParamSchema } from "@sm/domain";
import type { Services } from "../../deps";
import type { AppEnv } from "../../env";
import { validate } from "../../validate";
import { writeContext } from "../../write-context";
import { respond } from "./respond";

/** KPIs: create, edit every field, mark public or internal, archive. */
export const adminKpisRoute = (services: Services) =>
  new Hono<AppEnv>()
    .post("/", validate("json", createKpiRequestSchema), (c) => {
      const body = c.req.valid("json");
      const outcome = services.admin.createKpi(body, writeContext(services, c.get("viewer")!, c.get("ip")));
      return respond(c, outcome, `Kennzahl „${body.id}“`, () => c.json({ id: body.id }, 201));
    })
    .patch("/:id", validate("param", kpiIdParamSchema), validate("json", editKpiRequestSchema), (c) => {
      const { id } = c.req.valid("param");
      const outcome = services.admin.editKpi(id, c.req.valid("json"), writeContext(services, c.get("viewer")!, c.get("ip")));
      return respond(c, outcome, `Kennzahl „${id}“`, () => c.json({ id }, 200));
    });
