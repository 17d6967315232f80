import { errorResponseSchema } from "@sm/domain";
import { DetailedError, hc, parseResponse, type ClientResponse } from "hono/client";
import type { AppType } from "../../../api/src/app";

/** The one typed client of the public API; response types come from the API's routes. */
export const client = hc<AppType>("/");
export const api = client.api.v1;

/** An API answer that was not 2xx, carrying the API's German message for the person reading it. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const NETWORK_MESSAGE = "Die Daten konnten nicht geladen werden. Bitte prüfen Sie die Verbindung.";

/** Turns whatever a failed request produced into an error with a message fit to show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DetailedError) {
    const status = typeof error.statusCode === "number" ? error.statusCode : 0;
    const parsed = errorResponseSchema.safeParse((error.detail as { data?: unknown } | undefined)?.data);
    if (parsed.success) return new ApiError(parsed.data.error.message, status);
    // A proxy or the server answered without our error shape (e.g. 502 while the API is down).
    return new ApiError(`${NETWORK_MESSAGE} (Fehler ${status})`, status);
  }
  return new ApiError(NETWORK_MESSAGE, 0);
}

/**
 * Awaits a typed client call and returns the body of its 2xx answer; anything else throws an
 * ApiError, so TanStack Query never caches an error body as data. The body type is inferred
 * from the route, never written by hand.
 */
export async function fetchJson<T extends ClientResponse<unknown>>(call: Promise<T>) {
  try {
    return await parseResponse(call);
  } catch (error) {
    throw toApiError(error);
  }
}
