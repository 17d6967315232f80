import type { Context } from "hono";
import type { WriteOutcome } from "@sm/db";
import { errorBody, invalidFields, notFound } from "../../errors";

/**
 * The failure answers every admin write gives (404, 400 with fields, 409). Routes answer success
 * themselves, so the typed client sees each route's own success body.
 */
export function failure(c: Context, outcome: Exclude<WriteOutcome<unknown>, { kind: "saved" }>, what: string) {
  switch (outcome.kind) {
    case "not_found":
      return notFound(c, `${what} gibt es nicht.`);
    case "invalid":
      return c.json(invalidFields(outcome.fields), 400);
    case "conflict":
      return c.json(errorBody("conflict", `${what} wurde inzwischen von jemand anderem geändert.`), 409);
  }
}
