import { serve } from "@hono/node-server";
import { fileURLToPath } from "node:url";
import { migrate, openDatabase, seedIfEmpty, SeedError } from "@sm/db";
import { createApp } from "./app";
import type { AppConfig } from "./deps";
import { mountWebApp } from "./web-app";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const databasePath = process.env.DATABASE_PATH ?? `${repoRoot}var/strategiemonitor.db`;
const seedDir = process.env.SEED_DIR ?? `${repoRoot}data/essen`;

/** Settings from the environment; unset ones keep the defaults in deps.ts. */
function configFromEnv(env: NodeJS.ProcessEnv): Partial<AppConfig> {
  const config: Partial<AppConfig> = {};
  if (env.TRUST_PROXY) config.trustProxy = env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true";
  if (env.COOKIE_SECURE) config.secureCookies = env.COOKIE_SECURE === "auto" ? "auto" : env.COOKIE_SECURE === "true";
  if (env.SESSION_IDLE_MINUTES) config.sessionIdleMinutes = Number(env.SESSION_IDLE_MINUTES);
  if (env.SESSION_MAX_HOURS) config.sessionMaxHours = Number(env.SESSION_MAX_HOURS);
  return config;
}

function start() {
  const db = openDatabase(databasePath);
  const { from, to } = migrate(db);
  if (from !== to) console.log(`Datenbank ${databasePath}: Schema ${from} → ${to}`);
  const { seeded } = seedIfEmpty(db, seedDir);
  console.log(seeded ? `Datenbank aus ${seedDir} befüllt.` : `Datenbank ${databasePath} enthält bereits Daten; sie bleiben erhalten.`);

  const deps = { db, clock: () => new Date(), config: configFromEnv(process.env) };
  const app = createApp(deps);
  // In `npm run dev` Vite serves the web app itself and proxies /api here.
  if (process.env.API_ONLY !== "1") mountWebApp(app, deps);

  const server = serve({ fetch: app.fetch, port }, (info) => {
    console.log(`Strategiemonitor läuft auf http://localhost:${info.port}`);
  });
  const shutdown = () => {
    server.close();
    db.close();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

try {
  start();
} catch (error) {
  if (error instanceof SeedError || error instanceof Error) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
