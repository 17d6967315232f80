import { Hono } from "hono";
import { healthProbe, type ProbeResult } from "@sm/db";
import type { Services } from "../deps";
import type { AppEnv } from "../env";

export const healthRoute = (services: Services) => {
  const probe = healthProbe(services.db);
  let last: { at: number; result: ProbeResult } | null = null;
  const writable = (): ProbeResult => {
    const now = Date.now();
    // A failure is probed again at once: recovery shows without waiting.
    if (!last || now - last.at >= services.config.healthProbeEveryMs || !last.result.ok) {
      last = { at: now, result: probe.write(services.now().toISOString()) };
    }
    return last.result;
  };

  return new Hono<AppEnv>().get("/", (c) => {
    // The process answering is not enough: the database must answer a read and take a write.
    const seeded = services.strategy.strategyRow() !== undefined;
    const write = writable();
    if (!write.ok) {
      return c.json({ status: "error" as const, reason: `Die Datenbank nimmt keine Änderungen an: ${write.reason}` }, 503);
    }
    return c.json({ status: "ok" as const, database: seeded ? ("seeded" as const) : ("empty" as const) }, 200);
  });
};
