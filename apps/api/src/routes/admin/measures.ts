import { Hono } from "hono";
import { codeParamSchema, createMeasureRequestSchema, editMeasureRequestSchema } from "@sm/domain";
import type { Services } from "../../deps";
import type { AppEnv } from "../../env";
import { validate } from "../../validate";
import { writeContext } from "../../write-context";
import { respond } from "./respond";

/** Measures: list all (internal and archived too), create, edit every field, archive. */
export const adminMeasuresRoute = (services: Services) =>
  new Hono<AppEnv>()
    .get("/", (c) => c.json({ items: services.adminMeasures.list() }, 200))
    .post("/", validate("json", createMeasureRequestSchema), (c) => {
      const body = c.req.valid("json");
      const outcome = services.admin.createMeasure(body, writeContext(services, c.get("viewer")!, c.get("ip")));
      return respond(c, outcome, `Maßnahme „${body.code}“`, () =>
        c.json({ measure: services.adminMeasures.list().find((m) => m.code === body.code)! }, 201),
      );
    })
    .patch("/:code", validate("param", codeParamSchema), validate("json", editMeasureRequestSchema), (c) => {
      const { code } = c.req.valid("param");
      const outcome = services.admin.editMeasure(code, c.req.valid("json"), writeContext(services, c.get("viewer")!, c.get("ip")));
      return respond(c, outcome, `Maßnahme „${code}“`, () =>
        c.json({ measure: services.adminMeasures.list().find((m) => m.code === code)! }, 200),
      );
    });
