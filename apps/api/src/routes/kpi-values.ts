import { Hono } from "hono";
import { kpiIdParamSchema, kpiValueRequestSchema } from "@sm/domain";
import { readScope } from "../audience";
import { requireRole } from "../auth/viewer";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { errorBody, invalidFields, notFound } from "../errors";
import { validate } from "../validate";
import { writeContext } from "../write-context";

/** POST /api/v1/kpis/:id/values: leads enter values for KPIs of their measures, admins for any. */
export const kpiValuesRoute = (services: Services) =>
  new Hono<AppEnv>().post(
    "/:id/values",
    requireRole("lead", "admin"),
    validate("param", kpiIdParamSchema),
    validate("json", kpiValueRequestSchema),
    (c) => {
      const { id } = c.req.valid("param");
      const viewer = c.get("viewer")!;
      const scope = readScope(viewer, services.today());
      if (!services.kpis.detail(id, scope)) return notFound(c, `Kennzahl „${id}“ gibt es nicht.`);
      if (viewer.role !== "admin" && !services.kpis.isOwnedBy(id, viewer.id)) {
        return c.json(errorBody("forbidden", "Sie können nur Werte für Kennzahlen Ihrer eigenen Maßnahmen eintragen."), 403);
      }
      const outcome = services.kpiValues.add(id, c.req.valid("json"), services.horizon(), writeContext(services, viewer, c.get("ip")));
      if (outcome.kind === "invalid") return c.json(invalidFields(outcome.fields), 400);
      if (outcome.kind !== "saved") return notFound(c, `Kennzahl „${id}“ gibt es nicht.`);
      return c.json({ kpi: services.kpis.detail(id, scope)! }, 201);
    },
  );
