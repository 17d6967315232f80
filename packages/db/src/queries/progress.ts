import { monthlySamplePoints, type ProgressSeries } from "@sm/domain";
import type { Db } from "../connection";
import { VISIBLE_MEASURE, type ReadScope } from "./measure-state";
import { planJoins } from "./plan-state";

/**
 * Actual and planned progress sampled once a month across the horizon, overall or for one field,
 * in one statement: the sample dates go in as a JSON array and the state of every measure on each
 * date is rebuilt from the update history inside SQLite. The planned curve follows the plan as it
 * stood on the date read (:asOf), the baseline curve the plan as adopted (ADR 0006).
 */
const SERIES_SQL = `
  WITH points AS (SELECT value AS d FROM json_each(:points)),
  -- The plans are the same on every sample date, so they are looked up once per measure.
  visible AS MATERIALIZED (
    SELECT m.id,
           COALESCE(plan.planned_start, m.planned_start) AS planned_start,
           COALESCE(plan.planned_end, m.planned_end) AS planned_end,
           COALESCE(baseline.planned_start, m.planned_start) AS baseline_start,
           COALESCE(baseline.planned_end, m.planned_end) AS baseline_end
    FROM measures m
    JOIN fields f ON f.id = m.field_id
    ${planJoins("m", ":asOf")}
    WHERE m.archived_at IS NULL AND (${VISIBLE_MEASURE}) AND (:field IS NULL OR f.code = :field)
  ),
  state AS (
    SELECT p.d,
           COALESCE(u.status, 'planned') AS status,
           COALESCE(u.progress, 0) AS progress,
           planned_progress(v.planned_start, v.planned_end, p.d) AS planned_progress,
           planned_progress(v.baseline_start, v.baseline_end, p.d) AS baseline_progress
    FROM points p
    CROSS JOIN visible v
    LEFT JOIN measure_updates u ON u.id = (
      SELECT lu.id FROM measure_updates lu
      WHERE lu.measure_id = v.id AND lu.date <= p.d
      ORDER BY lu.date DESC, lu.id DESC LIMIT 1
    )
  )
  SELECT d AS date,
         rollup_progress(status, progress) AS actual,
         rollup_progress(status, planned_progress) AS planned,
         rollup_progress(status, baseline_progress) AS baseline
  FROM state GROUP BY d ORDER BY d`;

export function progressQueries(db: Db) {
  const series = db.prepare<
    [{ points: string; field: string | null; asOf: string; includeInternal: 0 | 1; viewerId: number | null }],
    { date: string; actual: number | null; planned: number | null; baseline: number | null }
  >(SERIES_SQL);

  return {
    series(input: {
      horizon: { start: string; end: string };
      field: string | null;
      scope: ReadScope;
    }): ProgressSeries {
      const points = monthlySamplePoints(input.horizon, input.scope.asOf);
      const rows = series.all({
        points: JSON.stringify(points),
        field: input.field,
        asOf: input.scope.asOf,
        includeInternal: input.scope.includeInternal ? 1 : 0,
        viewerId: input.scope.viewerId,
      });
      return {
        field: input.field,
        today: input.scope.asOf,
        // The future has a plan but no actual progress yet.
        points: rows.map((r) => ({ ...r, actual: r.date > input.scope.asOf ? null : r.actual })),
      };
    },
  };
}
