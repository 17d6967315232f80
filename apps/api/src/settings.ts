import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { AppConfig } from "./deps";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

const whole = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `eine ganze Zahl von ${min} bis ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `eine ganze Zahl von ${min} bis ${max}`).max(max, `eine ganze Zahl von ${min} bis ${max}`));
const oneOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z.enum(values, { message: `einer der Werte ${values.join(", ")}` });

/**
 * Every environment variable the server reads, with its allowed values. A typo must stop the start
 * with a message, not turn into a 500 at the first sign-in or silently switch a protection off.
 */
const envSchema = z.object({
  PORT: whole(1, 65535).default(3000),
  DATABASE_PATH: z.string().trim().min(1, "ein Dateipfad").default(`${repoRoot}var/strategiemonitor.db`),
  SEED_DIR: z.string().trim().min(1, "ein Ordner").default(`${repoRoot}data/essen`),
  // false: no proxy; true: one; a number: that many proxies append to X-Forwarded-For.
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(true|false|[0-9])$/, "true, false oder die Zahl der Proxys (0–9)")
    .default("false"),
  COOKIE_SECURE: oneOf(["auto", "true", "false"]).default("auto"),
  SESSION_IDLE_MINUTES: whole(1, 1440).default(60),
  SESSION_MAX_HOURS: whole(1, 168).default(12),
  API_ONLY: oneOf(["0", "1"]).default("0"),
});

export interface Settings {
  port: number;
  databasePath: string;
  seedDir: string;
  apiOnly: boolean;
  config: Partial<AppConfig>;
}

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ungültige Einstellungen – der Server startet nicht:\n  ${problems.join("\n  ")}`);
    this.name = "SettingsError";
  }
}

/** The server's settings from the environment; throws SettingsError naming each bad variable. */
export function readSettings(env: Record<string, string | undefined>): Settings {
  // An empty variable counts as unset, as shells and .env files often leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new SettingsError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0]);
        return `${name}=${JSON.stringify(env[name] ?? "")}: erlaubt ist ${i.message}`;
      }),
    );
  }
  const e = parsed.data;
  const hops = e.TRUST_PROXY === "true" ? 1 : e.TRUST_PROXY === "false" ? 0 : Number(e.TRUST_PROXY);
  return {
    port: e.PORT,
    databasePath: e.DATABASE_PATH,
    seedDir: e.SEED_DIR,
    apiOnly: e.API_ONLY === "1",
    config: {
      trustProxy: hops > 0,
      proxyHops: Math.max(1, hops),
      secureCookies: e.COOKIE_SECURE === "auto" ? "auto" : e.COOKIE_SECURE === "true",
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      sessionMaxHours: e.SESSION_MAX_HOURS,
    },
  };
}
