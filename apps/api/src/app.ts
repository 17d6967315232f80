import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { loadViewer } from "./auth/viewer";
import { createServices, type AppDeps } from "./deps";
import type { AppEnv } from "./env";
import { errorBody } from "./errors";
import { answerCache } from "./middleware/answer-cache";
import { cachePolicy } from "./middleware/cache-policy";
import { clientIp } from "./middleware/client-ip";
import { compressJson } from "./middleware/compress-json";
import { readDate } from "./middleware/read-date";
import { jsonWrites, limitBody } from "./middleware/request-body";
import { sameOriginWrites } from "./middleware/same-origin";
import { securityHeaders } from "./middleware/security-headers";
import { adminRoute } from "./routes/admin";
import { changesRoute, committeeSessionsRoute } from "./routes/changes";
import { fieldsRoute } from "./routes/fields";
import { healthRoute } from "./routes/health";
import { kpiValuesRoute } from "./routes/kpi-values";
import { kpisRoute } from "./routes/kpis";
import { meRoute } from "./routes/me";
import { measureUpdatesRoute } from "./routes/measure-updates";
import { measuresRoute } from "./routes/measures";
import { progressRoute } from "./routes/progress";
import { sessionRoute } from "./routes/session";
import { strategyRoute } from "./routes/strategy";

/**
 * Builds the API around an open database. No I/O happens here: server.ts opens the database and
 * listens, tests build the app around a temporary file.
 */
export function createApp(deps: AppDeps) {
  const services = createServices(deps);
  const api = new Hono<AppEnv>()
    .use(limitBody())
    .use(clientIp(services.config.trustProxy ? services.config.proxyHops : 0))
    .use(sameOriginWrites(services.config.trustProxy))
    .use(jsonWrites())
    .use(loadViewer(services))
    .use(readDate(services))
    .use(answerCache(deps.db))
    .route("/health", healthRoute(services))
    .route("/v1/session", sessionRoute(services))
    .route("/v1/me", meRoute(services))
    .route("/v1/strategy", strategyRoute(services))
    .route("/v1/fields", fieldsRoute(services))
    .route("/v1/measures", measuresRoute(services))
    .route("/v1/measures", measureUpdatesRoute(services))
    .route("/v1/kpis", kpisRoute(services))
    .route("/v1/kpis", kpiValuesRoute(services))
    .route("/v1/progress", progressRoute(services))
    .route("/v1/changes", changesRoute(services))
    .route("/v1/committee-sessions", committeeSessionsRoute(services))
    .route("/v1/admin", adminRoute(services));

  const app = new Hono().use(securityHeaders()).use("/api/*", compressJson()).use("/api/*", cachePolicy()).route("/api", api);
  // Unknown API paths answer JSON, never the web app's HTML.
  app.all("/api/*", (c) => c.json(errorBody("not_found", `Unbekannter API-Pfad: ${c.req.path}`), 404));
  app.onError((error, c) => {
    // Hono's own 4xx (e.g. a body that is not JSON) keep their status, in our error shape.
    if (error instanceof HTTPException && error.status < 500) {
      const message = /json/i.test(error.message) ? "Der Inhalt der Anfrage ist kein gültiges JSON." : "Ungültige Anfrage.";
      return c.json(errorBody("bad_request", message), 400);
    }
    // The details go to the log, never to the client: no stack traces or SQL in responses.
    console.error(error);
    return c.json(errorBody("internal", "Interner Fehler. Bitte später erneut versuchen."), 500);
  });
  return app;
}

/** The API's route types, for the web app's typed client (hc<AppType>). */
export type AppType = ReturnType<typeof createApp>;
