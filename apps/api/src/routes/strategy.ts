import { Hono } from "hono";
import { readScope } from "../audience";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { notFound } from "../errors";

export const strategyRoute = (services: Services) =>
  new Hono<AppEnv>().get("/", (c) => {
    const strategy = services.strategy.strategy(readScope(c.get("viewer"), services.today()));
    if (!strategy) return notFound(c, "Es ist noch keine Strategie geladen.");
    return c.json(strategy, 200);
  });
