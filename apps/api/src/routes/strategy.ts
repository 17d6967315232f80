import { Hono } from "hono";
import { readQuerySchema } from "@sm/domain";
import { validate } from "../validate";
import { readScope } from "../audience";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { notFound } from "../errors";

export const strategyRoute = (services: Services) =>
  new Hono<AppEnv>().get("/", validate("query", readQuerySchema), (c) => {
    const strategy = services.strategy.strategy(readScope(c.get("viewer"), c.get("asOf")));
    if (!strategy) return notFound(c, "Es ist noch keine Strategie geladen.");
    return c.json(strategy, 200);
  });
