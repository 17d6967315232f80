import { Hono } from "hono";
import { codeParamSchema, editFieldRequestSchema } from "@sm/domain";
import type { Services } from "../../deps";
import type { AppEnv } from "../../env";
import { validate } from "../../validate";
import { writeContext } from "../../write-context";
import { failure } from "./respond";

/** Field texts: title, short title, description. */
export const adminFieldsRoute = (services: Services) =>
  new Hono<AppEnv>().patch("/:code", validate("param", codeParamSchema), validate("json", editFieldRequestSchema), (c) => {
    const { code } = c.req.valid("param");
    const outcome = services.admin.editField(code, c.req.valid("json"), writeContext(services, c.get("viewer")!, c.get("ip")));
    if (outcome.kind !== "saved") return failure(c, outcome, `Handlungsfeld „${code}“`);
    return c.json({ code }, 200);
  });
