import type { Context } from "hono";
import type { ErrorResponse } from "@sm/domain";

export function errorBody(code: ErrorResponse["error"]["code"], message: string, param?: string): ErrorResponse {
  return { error: param ? { code, message, param } : { code, message } };
}

export function notFound(c: Context, message: string) {
  return c.json(errorBody("not_found", message), 404);
}

/** Turns the first zod issue into a message that names the parameter, e.g. „status“. */
export function badRequestFromZod(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }) {
  const issue = error.issues[0];
  const param = issue?.path.map(String).join(".") || undefined;
  const message = param
    ? `Ungültiger Parameter „${param}“: ${issue?.message ?? "ungültiger Wert"}`
    : `Ungültige Anfrage: ${issue?.message ?? "ungültiger Wert"}`;
  return errorBody("bad_request", message, param);
}
