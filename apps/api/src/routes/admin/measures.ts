import { Hono } from "hono";
import { codeParamSchema, createMeasureRequestSchema, editMeasureRequestSchema } from "@sm/domain";
import type { Services } from "../../deps";
import type { AppEnv } from "../../env";
import { notFound } from "../../errors";
import { validate } from "../../validate";
import { writeContext } from "../../write-context";
import { failure } from "./respond";

/** Measures: list all (internal and archived too), read for editing, create, edit every field, archive. */
export const adminMeasuresRoute = (services: Services) =>
  new Hono<AppEnv>()
    .get("/", (c) => c.json({ items: services.adminMeasures.list() }, 200))
    .get("/:code", validate("param", codeParamSchema), (c) => {
      const { code } = c.req.valid("param");
      const measure = services.adminMeasureDetail(code);
      if (!measure) return notFound(c, `Maßnahme „${code}“ gibt es nicht.`);
      return c.json({ measure }, 200);
    })
    .post("/", validate("json", createMeasureRequestSchema), (c) => {
      const body = c.req.valid("json");
      const outcome = services.admin.createMeasure(body, writeContext(services, c.get("viewer")!, c.get("ip")));
      if (outcome.kind !== "saved") return failure(c, outcome, `Maßnahme „${body.code}“`);
      return c.json({ measure: services.adminMeasureDetail(body.code)! }, 201);
    })
    .patch("/:code", validate("param", codeParamSchema), validate("json", editMeasureRequestSchema), (c) => {
      const { code } = c.req.valid("param");
      const outcome = services.admin.editMeasure(code, c.req.valid("json"), writeContext(services, c.get("viewer")!, c.get("ip")));
      if (outcome.kind === "conflict") {
        // Like the lead's update: the current state comes along, so the editor can show what changed.
        return c.json(
          {
            error: { code: "conflict" as const, message: `Maßnahme „${code}“ wurde inzwischen von jemand anderem geändert.` },
            current: services.adminMeasureDetail(code)!,
          },
          409,
        );
      }
      if (outcome.kind !== "saved") return failure(c, outcome, `Maßnahme „${code}“`);
      return c.json({ measure: services.adminMeasureDetail(code)! }, 200);
    });
