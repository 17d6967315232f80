import type { Context } from "hono";
import type { WriteOutcome } from "@sm/db";
import { errorBody, invalidFields, notFound } from "../../errors";

/** Maps a write's outcome to the HTTP answer every admin route gives. */
export function respond<T>(c: Context, outcome: WriteOutcome<T>, what: string, ok: () => Response): Response {
  switch (outcome.kind) {
    case "not_found":
      return notFound(c, `${what} gibt es nicht.`);
    case "invalid":
      return c.json(invalidFields(outcome.fields), 400);
    case "conflict":
      return c.json(errorBody("conflict", `${what} wurde inzwischen von jemand anderem geändert. Bitte neu laden.`), 409);
    case "saved":
      return ok();
  }
}
