import { Hono } from "hono";
import type { Services } from "../deps";
import type { AppEnv } from "../env";

export const healthRoute = (services: Services) =>
  new Hono<AppEnv>().get("/", (c) => {
    // A cheap query proves the database answers, not just the process.
    const seeded = services.strategy.strategyRow() !== undefined;
    return c.json({ status: "ok" as const, database: seeded ? ("seeded" as const) : ("empty" as const) }, 200);
  });
