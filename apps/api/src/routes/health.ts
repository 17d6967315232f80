import { Hono } from "hono";
import { healthProbe } from "@sm/db";
import type { Services } from "../deps";
import type { AppEnv } from "../env";

type HealthResult = ReturnType<ReturnType<typeof healthProbe>["check"]>;

export const healthRoute = (services: Services) => {
  const probe = healthProbe(services.db);
  let last: { at: number; result: HealthResult } | null = null;
  // The process answering is not enough: the database must answer a read and take a write. Both
  // are asked at most every healthProbeEveryMs: a load balancer or a load test asking many times a
  // second learns nothing new from each, and a write per request would cost too much under load.
  const probed = (): HealthResult => {
    const now = Date.now();
    // A failure is probed again at once: recovery shows without waiting.
    if (!last || now - last.at >= services.config.healthProbeEveryMs || !last.result.ok) {
      last = { at: now, result: probe.check(services.now().toISOString()) };
    }
    return last.result;
  };

  return new Hono<AppEnv>().get("/", (c) => {
    const result = probed();
    if (!result.ok) {
      const what = result.failed === "read" ? "Die Datenbank antwortet nicht" : "Die Datenbank nimmt keine Änderungen an";
      return c.json({ status: "error" as const, reason: `${what}: ${result.reason}` }, 503);
    }
    return c.json({ status: "ok" as const, database: result.seeded ? ("seeded" as const) : ("empty" as const) }, 200);
  });
};
