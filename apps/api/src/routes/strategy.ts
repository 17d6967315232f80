import { Hono } from "hono";
import type { Services } from "../deps";
import { notFound } from "../errors";

export const strategyRoute = (services: Services) =>
  new Hono().get("/", (c) => {
    const strategy = services.strategy.strategy(services.publicScope());
    if (!strategy) return notFound(c, "Es ist noch keine Strategie geladen.");
    return c.json(strategy, 200);
  });
