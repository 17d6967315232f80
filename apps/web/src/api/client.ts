import type { ErrorResponse } from "@sm/domain/web";
import { DetailedError, hc, parseResponse, type ClientResponse } from "hono/client";
import type { AppType } from "../../../api/src/app";

/**
 * The public API answers the server put into the page for its first view (apps/api/src/first-view.ts),
 * by address. Each is used once, by the first request for its address, and all are dropped once a
 * person is signed in: they are the anonymous answers, and a signed-in person may see more.
 */
const firstView = readFirstView();

function readFirstView(): Map<string, unknown> {
  const element = typeof document === "undefined" ? null : document.getElementById("sm-first-view");
  if (!element?.textContent) return new Map();
  try {
    return new Map(Object.entries(JSON.parse(element.textContent) as Record<string, unknown>));
  } catch {
    return new Map();
  }
}

/** Whether a first-view answer was handed out since the last {@link dropFirstView}. */
let firstViewUsed = false;

/** Whether the page came with first-view answers not yet used. */
export function hasFirstView(): boolean {
  return firstView.size > 0;
}

/** While set, a request the HTML holds no answer for fails at once instead of going out. */
let onlyFirstView = false;

/** Runs `load` with requests limited to the first-view answers (api/first-view.ts). */
export async function fromFirstViewOnly<T>(load: () => Promise<T>): Promise<T> {
  onlyFirstView = true;
  try {
    return await load();
  } finally {
    onlyFirstView = false;
  }
}

/** Forgets the first-view answers not yet used, once the first page has been left. */
export function forgetFirstView(): void {
  firstView.clear();
}

/**
 * Forgets them because a person is signed in. True when some were handed out before, so what shows
 * is the anonymous view and must be fetched again.
 */
export function dropFirstView(): boolean {
  firstView.clear();
  const used = firstViewUsed;
  firstViewUsed = false;
  return used;
}

function firstViewFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const method = init?.method ?? (input instanceof Request ? input.method : "GET");
  if (firstView.size > 0 && method.toUpperCase() === "GET") {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const key = url.pathname + url.search;
    if (url.origin === location.origin && firstView.has(key)) {
      const body = firstView.get(key);
      firstView.delete(key);
      firstViewUsed = true;
      return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } }));
    }
  }
  if (onlyFirstView) return Promise.reject(new Error("not in the first view"));
  return fetch(input, init);
}

/** The one typed client of the API; response types come from the API's routes. */
export const client = hc<AppType>("/", { fetch: firstViewFetch });
export const api = client.api.v1;

export type ApiErrorCode = ErrorResponse["error"]["code"];

interface ApiErrorDetails {
  code?: ApiErrorCode;
  /** the parameter or body field the API named as wrong */
  param?: string;
  /** German messages per body field, e.g. { progress: "höchstens 100" } */
  fields?: Record<string, string>;
  /** the whole error body, for answers that carry more (a 409 sends the current state) */
  body?: unknown;
  /** seconds from a Retry-After header (429) */
  retryAfter?: number;
}

/** An API answer that was not 2xx, carrying the API's German message for the person reading it. */
export class ApiError extends Error {
  readonly code: ApiErrorCode | undefined;
  readonly param: string | undefined;
  readonly fields: Record<string, string>;
  readonly body: unknown;
  readonly retryAfter: number | undefined;

  constructor(
    message: string,
    readonly status: number,
    details: ApiErrorDetails = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.code = details.code;
    this.param = details.param;
    this.fields = details.fields ?? {};
    this.body = details.body;
    this.retryAfter = details.retryAfter;
  }
}

const NETWORK_MESSAGE = "Die Daten konnten nicht geladen werden. Bitte prüfen Sie die Verbindung.";

/** Seconds from a Retry-After header; the HTTP-date form is turned into seconds from now. */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Turns whatever a failed request produced into an error with a message fit to show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(NETWORK_MESSAGE, 0);
}

/**
 * The error of an answer that was not 2xx, with the API's own message when the body has the API's
 * error shape. The schema, and zod with it, loads on the first failed answer rather than with the
 * first view of every page.
 */
async function answerError(error: unknown, retryAfterHeader?: string | null): Promise<ApiError> {
  if (!(error instanceof DetailedError)) return toApiError(error);
  const status = typeof error.statusCode === "number" ? error.statusCode : 0;
  const body = (error.detail as { data?: unknown } | undefined)?.data;
  const parsed = await import("@sm/domain/error-schema").then(
    ({ errorResponseSchema }) => errorResponseSchema.safeParse(body),
    // The connection dropped before the schema arrived: the answer cannot be read either way.
    () => undefined,
  );
  if (parsed?.success) {
    const { code, message, param, fields } = parsed.data.error;
    return new ApiError(message, status, { code, param, fields, body, retryAfter: parseRetryAfter(retryAfterHeader) });
  }
  // A proxy or the server answered without our error shape (e.g. 502 while the API is down).
  return new ApiError(`${NETWORK_MESSAGE} (Fehler ${status})`, status, { body });
}

/**
 * Awaits a typed client call and returns the body of its 2xx answer; anything else throws an
 * ApiError, so TanStack Query never caches an error body as data. The body type is inferred
 * from the route, never written by hand.
 */
export async function fetchJson<T extends ClientResponse<unknown>>(call: Promise<T>) {
  let response: T;
  try {
    response = await call;
  } catch (error) {
    throw toApiError(error);
  }
  try {
    return await parseResponse(response);
  } catch (error) {
    throw await answerError(error, response.headers.get("Retry-After"));
  }
}
