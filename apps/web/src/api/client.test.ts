import { describe, expect, expectTypeOf, it } from "vitest";
import { hc, type InferResponseType } from "hono/client";
import type { AppType } from "../../../api/src/app";
import { ApiError, api, fetchJson, parseRetryAfter, toApiError } from "./client";

function fakeClient(response: () => Response) {
  return hc<AppType>("http://test.invalid/", { fetch: async () => response() }).api.v1;
}
const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("typed client", () => {
  it("infers response bodies from the API routes instead of decaying to unknown", () => {
    type Strategy = InferResponseType<typeof api.strategy.$get, 200>;
    expectTypeOf<Strategy>().not.toBeAny();
    expectTypeOf<Strategy["fields"][number]["title"]>().toEqualTypeOf<string>();
    type Measure = InferResponseType<(typeof api.measures)[":code"]["$get"], 200>;
    expectTypeOf<Measure["history"][number]["progress"]>().toEqualTypeOf<number>();
  });
});

describe("fetchJson", () => {
  it("returns the body of a 2xx answer", async () => {
    const client = fakeClient(() => json({ title: "Teststrategie" }, 200));
    await expect(fetchJson(client.strategy.$get({ query: {} }))).resolves.toEqual({ title: "Teststrategie" });
  });

  it("throws the API's German message on a 404 instead of returning the error body", async () => {
    const client = fakeClient(() =>
      json({ error: { code: "not_found", message: "Maßnahme „XX-99“ gibt es nicht." } }, 404),
    );
    const call = fetchJson(client.measures[":code"].$get({ param: { code: "XX-99" }, query: {} }));
    await expect(call).rejects.toBeInstanceOf(ApiError);
    await expect(call).rejects.toMatchObject({ message: "Maßnahme „XX-99“ gibt es nicht.", status: 404 });
  });

  it("keeps the per-field messages, the whole body and the Retry-After of a failed write", async () => {
    const body = { error: { code: "too_many_requests", message: "Zu viele Versuche.", fields: { email: "zu oft" } } };
    const client = hc<AppType>("http://test.invalid/", {
      fetch: async () =>
        new Response(JSON.stringify(body), { status: 429, headers: { "content-type": "application/json", "Retry-After": "120" } }),
    }).api.v1;
    const error = await fetchJson(client.strategy.$get({ query: {} })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: "too_many_requests", fields: { email: "zu oft" }, body, retryAfter: 120 });
  });

  it("explains a failure without our error shape, e.g. a proxy's 502", async () => {
    const client = fakeClient(() => new Response("Bad Gateway", { status: 502 }));
    await expect(fetchJson(client.strategy.$get({ query: {} }))).rejects.toMatchObject({ status: 502 });
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(parseRetryAfter("30")).toBe(30);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:01:00 GMT", Date.parse("2026-01-01T00:00:00Z"))).toBe(60);
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it("turns a network failure into a readable message", () => {
    expect(toApiError(new TypeError("Failed to fetch")).message).toMatch(/konnten nicht geladen werden/);
  });
});
