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
  const body = errorBody("bad_request", message, param);
  // Every field with its first message, so a form can show each one next to its input.
  const fields: Record<string, string> = {};
  for (const i of error.issues) fields[i.path.map(String).join(".") || "form"] ??= i.message;
  return { error: { ...body.error, fields } };
}

/** 400 for a write whose fields break rules only the server can check (horizon, references). */
export function invalidFields(fields: Record<string, string>) {
  const [param, message] = Object.entries(fields)[0] ?? ["form", "ungültige Eingabe"];
  return { error: { code: "bad_request" as const, message: `Bitte prüfen Sie die Angaben: ${message}`, param, fields } };
}
