import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import type { ZodType } from "zod";
import { badRequestFromZod } from "./errors";

/** zValidator that answers 400 with our error shape (German message, offending parameter named). */
export function validate<T extends keyof ValidationTargets, S extends ZodType>(target: T, schema: S) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) return c.json(badRequestFromZod(result.error), 400);
  });
}
