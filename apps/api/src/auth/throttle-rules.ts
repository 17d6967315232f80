import type { ThrottleRules } from "@sm/db";
import type { AppConfig } from "../deps";

/** The sign-in throttle of a configuration, in the units the queries count in. */
export function throttleRules(config: Pick<AppConfig, "throttle">): ThrottleRules {
  const { freePerPair, perAccount, perIp, windowMinutes } = config.throttle;
  return { windowMs: windowMinutes * 60_000, freePerPair, perAccount, perIp };
}
