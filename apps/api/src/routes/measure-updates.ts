import { Hono } from "hono";
import { codeParamSchema, measureUpdateRequestSchema } from "@sm/domain";
import { canUpdateMeasure, measureView, readScope } from "../audience";
import { requireRole } from "../auth/viewer";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { errorBody, invalidFields, notFound } from "../errors";
import { validate } from "../validate";
import { writeContext } from "../write-context";

/** POST /api/v1/measures/:code/updates: a lead's dated update, guarded by the measure's version. */
export const measureUpdatesRoute = (services: Services) =>
  new Hono<AppEnv>().post(
    "/:code/updates",
    requireRole("lead", "admin"),
    validate("param", codeParamSchema),
    validate("json", measureUpdateRequestSchema),
    (c) => {
      const { code } = c.req.valid("param");
      const request = c.req.valid("json");
      const viewer = c.get("viewer")!;
      const scope = readScope(viewer, services.today());
      const view = () => {
        const found = services.measures.detail(code, scope)!;
        return measureView(services, viewer, found, services.kpis.forMeasure(found.id, scope), scope.asOf);
      };

      const found = services.measures.detail(code, scope);
      if (!found) return notFound(c, `Maßnahme „${code}“ gibt es nicht.`);
      if (!canUpdateMeasure(viewer, found.restricted)) {
        return c.json(errorBody("forbidden", "Sie können nur Maßnahmen aktualisieren, die Sie leiten oder vertreten."), 403);
      }
      const outcome = services.measureUpdates.apply(code, request, services.horizon(), writeContext(services, viewer, c.get("ip")));
      switch (outcome.kind) {
        case "not_found":
          return notFound(c, `Maßnahme „${code}“ gibt es nicht.`);
        case "invalid":
          return c.json(invalidFields(outcome.fields), 400);
        case "conflict":
          return c.json(
            {
              error: {
                code: "conflict" as const,
                message: "Jemand anderes hat diese Maßnahme inzwischen geändert. Bitte prüfen Sie den aktuellen Stand.",
              },
              current: view(),
            },
            409,
          );
        case "saved":
          return c.json({ measure: view() }, 201);
      }
    },
  );
