import { hc } from "hono/client";
import { describe, expectTypeOf, it } from "vitest";
import type { MeasureListResponse, StrategyResponse } from "@sm/domain";
import type { AppType } from "./app";

// Guards against the typed client silently decaying to `unknown` (unchained routes, a second hono).
describe("typed client", () => {
  it("infers response bodies from the route definitions", () => {
    const client = hc<AppType>("http://localhost");
    type Strategy = Awaited<ReturnType<Awaited<ReturnType<typeof client.api.v1.strategy.$get>>["json"]>>;
    expectTypeOf<Extract<Strategy, { title: string }>["fields"]>().toEqualTypeOf<StrategyResponse["fields"]>();
    type Measures = Awaited<ReturnType<Awaited<ReturnType<typeof client.api.v1.measures.$get>>["json"]>>;
    expectTypeOf<Extract<Measures, { items: unknown }>["total"]>().toEqualTypeOf<MeasureListResponse["total"]>();
  });
});
