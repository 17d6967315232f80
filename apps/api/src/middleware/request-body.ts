import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { errorBody } from "../errors";

/** No route takes more: the largest body, an admin's measure with a long description, is a few KB. */
export const MAX_BODY_BYTES = 1024 * 1024;

const WITH_BODY = new Set(["POST", "PUT", "PATCH"]);

/**
 * Refuses a body over the limit with 413 before reading the rest: by its Content-Length at once,
 * or as soon as a streamed body passes the limit. GET and HEAD carry no body (the Node adapter
 * gives them none) and are let through before Hono's check asks for one: asking makes the adapter
 * build a full fetch Request with its AbortController for every read.
 */
export const limitBody = () => {
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      c.json(errorBody("payload_too_large", `Die Anfrage ist zu groß (höchstens ${MAX_BODY_BYTES / 1024 / 1024} MB).`), 413),
  });
  return createMiddleware(async (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : limit(c, next)));
};

/**
 * Every write speaks JSON. The validator reads a body of another type as empty, and an empty body
 * is a valid "nothing assigned" for some routes: so anything else is refused before it is looked at.
 * A DELETE may come without a body; with one, the same rule holds.
 */
export const jsonWrites = () =>
  createMiddleware(async (c, next) => {
    const method = c.req.method;
    if (method === "GET" || method === "HEAD") return next();
    // The Node adapter gives every DELETE a body stream, so whether one was sent shows in the headers.
    const length = c.req.header("content-length");
    const hasBody = (length !== undefined && length !== "0") || c.req.header("transfer-encoding") !== undefined;
    if (WITH_BODY.has(method) || (method === "DELETE" && hasBody)) {
      const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
      if (type !== "application/json") {
        return c.json(
          errorBody("unsupported_media_type", "Bitte die Daten als JSON senden (Content-Type: application/json)."),
          415,
        );
      }
    }
    await next();
  });
