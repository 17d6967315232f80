import { serve } from "@hono/node-server";
import { healthProbe, migrate, openDatabase, seedIfEmpty } from "@sm/db";
import { createApp } from "./app";
import { readSettings } from "./settings";
import { mountWebApp } from "./web-app";

function start() {
  const settings = readSettings(process.env);
  const { databasePath, seedDir } = settings;
  const db = openDatabase(databasePath);
  try {
    const { from, to } = migrate(db);
    if (from !== to) console.log(`Datenbank ${databasePath}: Schema ${from} → ${to}`);
  } catch (error) {
    throw new Error(`Datenbank ${databasePath}: ${(error as Error).message}`);
  }
  // Refuse to serve from a database that cannot take a write: every sign-in would fail later.
  const probe = healthProbe(db).write(new Date().toISOString());
  if (!probe.ok) throw new Error(`Datenbank ${databasePath} ist nicht beschreibbar: ${probe.reason}`);
  const { seeded } = seedIfEmpty(db, seedDir);
  console.log(seeded ? `Datenbank aus ${seedDir} befüllt.` : `Datenbank ${databasePath} enthält bereits Daten; sie bleiben erhalten.`);

  const deps = { db, clock: () => new Date(), config: settings.config };
  const app = createApp(deps);
  // In `npm run dev` Vite serves the web app itself and proxies /api here.
  if (!settings.apiOnly) mountWebApp(app, deps);

  const server = serve({ fetch: app.fetch, port: settings.port }, (info) => {
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
  // Every start-up failure here is one a person can act on: say what, where, and stop.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
