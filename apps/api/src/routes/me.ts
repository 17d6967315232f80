import { Hono } from "hono";
import type { MyMeasure } from "@sm/domain";
import { readScope } from "../audience";
import { requireRole } from "../auth/viewer";
import type { Services } from "../deps";
import type { AppEnv } from "../env";

/** "Meine Maßnahmen": what a lead (or an administrator with assignments) looks after. */
export const meRoute = (services: Services) =>
  new Hono<AppEnv>().get("/measures", requireRole("lead", "admin"), (c) => {
    const viewer = c.get("viewer")!;
    const scope = readScope(viewer, services.today());
    const intervalDays = services.strategy.strategyRow()?.update_interval_days ?? 90;
    const items: MyMeasure[] = services.measures.mine({ ...scope, viewerId: viewer.id });
    return c.json({ items, updateIntervalDays: intervalDays }, 200);
  });
