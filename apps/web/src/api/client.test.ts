import { describe, expect, expectTypeOf, it } from "vitest";
import { hc, type InferResponseType } from "hono/client";
import type { AppType } from "../../../api/src/app";
import { ApiError, api, fetchJson, toApiError } from "./client";

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
    await expect(fetchJson(client.strategy.$get())).resolves.toEqual({ title: "Teststrategie" });
  });

  it("throws the API's German message on a 404 instead of returning the error body", async () => {
    const client = fakeClient(() =>
      json({ error: { code: "not_found", message: "Maßnahme „XX-99“ gibt es nicht." } }, 404),
    );
    const call = fetchJson(client.measures[":code"].$get({ param: { code: "XX-99" } }));
    await expect(call).rejects.toBeInstanceOf(ApiError);
    await expect(call).rejects.toMatchObject({ message: "Maßnahme „XX-99“ gibt es nicht.", status: 404 });
  });

  it("explains a failure without our error shape, e.g. a proxy's 502", async () => {
    const client = fakeClient(() => new Response("Bad Gateway", { status: 502 }));
    await expect(fetchJson(client.strategy.$get())).rejects.toMatchObject({ status: 502 });
  });

  it("turns a network failure into a readable message", () => {
    expect(toApiError(new TypeError("Failed to fetch")).message).toMatch(/konnten nicht geladen werden/);
  });
});
