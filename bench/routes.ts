import type { Db } from "@sm/db";

/**
 * The public read routes the bench measures, with the in-process goal for a computed ("cold")
 * answer on the Essen demo data. A large city's routes are held to the large-city goals instead.
 */
export const ESSEN_GOALS_MS: Record<string, number> = {
  "/api/v1/session": 5,
  "/api/v1/strategy": 20,
  "/api/v1/fields/HF1": 25,
  "/api/v1/measures": 20,
  "/api/v1/measures?q=online&sort=progress&order=desc": 20,
  "/api/v1/measures?q=opendata": 20,
  "/api/v1/measures?q=KI": 20,
  "/api/v1/measures/HF1-01": 10,
  "/api/v1/kpis": 15,
  "/api/v1/kpis?q=online": 15,
  "/api/v1/kpis/online-services": 15,
  "/api/v1/progress": 60,
  "/api/v1/progress?field=HF3": 30,
  "/api/v1/strategy?asOf=2024-06-30": 20,
  "/api/v1/changes": 60,
  "/api/v1/changes?from=2023-01-01": 100,
  "/api/v1/fields/HF1/timeline": 15,
  "/api/v1/committee-sessions": 10,
};

/** The route list for a database: another city has other codes, so its first measure and KPI stand in. */
export function publicRoutes(db: Db): string[] {
  const measure = db.prepare("SELECT code FROM measures ORDER BY id LIMIT 1").pluck().get() as string;
  const kpi = db.prepare("SELECT slug FROM kpis ORDER BY id LIMIT 1").pluck().get() as string;
  return Object.keys(ESSEN_GOALS_MS).map((path) =>
    path.replace("/measures/HF1-01", `/measures/${measure}`).replace("/kpis/online-services", `/kpis/${kpi}`),
  );
}
