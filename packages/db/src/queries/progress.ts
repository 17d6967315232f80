import { monthlySamplePoints, type ProgressSeries } from "@sm/domain";
import type { Db } from "../connection";
import { VISIBLE_MEASURE, type ReadScope } from "./measure-state";
import { planJoins } from "./plan-state";

/**
 * Actual and planned progress sampled once a month across the horizon, overall or for one field,
 * in one statement whose cost grows with the number of measures plus updates, not with their
 * product (rebuilding every measure's state on each of 60 dates took seconds for 10,000 measures).
 *
 * The roll-up is the domain's (packages/domain/src/progress.ts): the mean over the measures that
 * count (all but cancelled ones) of their progress, of their planned progress (the plan as it stood
 * on :asOf) and of their baseline progress (the plan as adopted, ADR 0006). Each mean is a sum over a
 * count, and the sums change only at a few samples:
 * - the count and the sum of actual progress change where an update replaces the one before it
 *   (a measure without an update counts as planned, at 0 %), so each update contributes its
 *   difference to its predecessor at the first sample on or after its date, and running totals
 *   over the samples give the sums;
 * - a planned ramp is 0 up to its start, 100 from its end, and 100 · (day − start) / (end − start)
 *   in between, so the sum of the ramps on a sample day is 100 · (reached + day · Σ 1/(end − start)
 *   − Σ start/(end − start)) over the ramps under way: each measure adds its terms at the first
 *   sample after its start and moves them to "reached" at the first sample on or after its end;
 * - the ramps of measures cancelled on a sample are subtracted again (few: only their spans are
 *   joined with the samples).
 * The status on a sample after :asOf is the status on :asOf: updates entered later never show in a
 * reading of an earlier day. `progress.property.test.ts` checks all of this against the domain's
 * functions applied measure by measure.
 */
const COUNTS = `u.status <> 'cancelled'`; // countsTowardsProgress in packages/domain
const DAY = (isoDate: string) => `(julianday(${isoDate}) - 2440587.5)`; // dayNumber in packages/domain

/** Month of an ISO date counted from the horizon's first month: sample i lies in month i. */
// (CAST: numbers bound from JS arrive as REAL, and `->>` reads a REAL as a key, not an index.)
const month = (isoDate: string) => `CAST(substr(${isoDate}, 1, 4) * 12 + substr(${isoDate}, 6, 2) - 1 - :firstMonth AS INTEGER)`;

/** Index of the first sample on or after (strict: after) an ISO date whose month is m; :n when there is none. */
function sampleIndex(isoDate: string, m: string, strict: boolean): string {
  return `(CASE WHEN ${m} < 0 THEN 0 WHEN ${m} >= :n THEN :n ELSE ${m} + (${isoDate} ${strict ? ">=" : ">"} (:points ->> ${m})) END)`;
}

/**
 * Index of the first sample on or after a date up to :asOf. Such a date is never later than the
 * sample of its month (a month end, or :asOf itself in the month of :asOf), so its month is enough.
 */
const sampleOfPast = (isoDate: string) => `MIN(MAX(${month(isoDate)}, 0), :n)`;

/**
 * The terms of the planned ramps: where each one starts rising (the first sample after its start)
 * and where it is reached (the first sample on or after its end).
 */
function rampEvents(curve: "plan" | "baseline"): string {
  const [start, end] = curve === "plan" ? ["planned_start", "planned_end"] : ["baseline_start", "baseline_end"];
  const [s, e] = [`${start}_day`, `${end}_day`];
  return `
    SELECT '${curve}' AS curve, ${sampleIndex(start, `${start}_month`, true)} AS i, 0 AS reached, 1.0 / (${e} - ${s}) AS slope, ${s} / (${e} - ${s}) AS lead_in
    FROM visible WHERE ${e} > ${s}
    UNION ALL
    SELECT '${curve}', ${sampleIndex(end, `${end}_month`, false)}, 1,
           CASE WHEN ${e} > ${s} THEN -1.0 / (${e} - ${s}) ELSE 0 END, CASE WHEN ${e} > ${s} THEN -${s} / (${e} - ${s}) ELSE 0 END
    FROM visible`;
}

/** A ramp's value on sample p: plannedProgress in packages/domain. */
const ramp = (s: string, e: string) => `(CASE WHEN p.day >= ${e} THEN 100.0 WHEN p.day <= ${s} THEN 0.0 ELSE (p.day - ${s}) * 100.0 / (${e} - ${s}) END)`;

const PLAN_DATES = ["planned_start", "planned_end", "baseline_start", "baseline_end"];

/** What an update holds: its progress when the measure counts, -1 when it does not (cancelled). */
const HELD = `CASE WHEN ${COUNTS} THEN u.progress ELSE -1 END`;

const SERIES_SQL = `
  WITH points AS MATERIALIZED (
    SELECT CAST(key AS INTEGER) AS i, value AS d, ${DAY("value")} AS day FROM json_each(:points)
  ),
  visible AS MATERIALIZED (
    SELECT id, ${PLAN_DATES.map((d) => `${d}, ${DAY(d)} AS ${d}_day, ${month(d)} AS ${d}_month`).join(", ")}
    FROM (
      SELECT m.id,
             COALESCE(plan.planned_start, m.planned_start) AS planned_start,
             COALESCE(plan.planned_end, m.planned_end) AS planned_end,
             COALESCE(baseline.planned_start, m.planned_start) AS baseline_start,
             COALESCE(baseline.planned_end, m.planned_end) AS baseline_end
      FROM measures m
      JOIN fields f ON f.id = m.field_id
      ${planJoins("m", ":asOf")}
      WHERE m.archived_at IS NULL AND (${VISIBLE_MEASURE}) AND (:field IS NULL OR f.code = :field)
    )
  ),
  -- Each update up to :asOf with what the update before it held (none: planned, at 0 %). One window
  -- function, in the order of the index measure_updates_state, so nothing is sorted.
  updates AS (
    SELECT u.date, ${HELD} AS held, LEAD(${HELD}, 1, 0) OVER latest_first AS held_before
    FROM measure_updates u JOIN visible v ON v.id = u.measure_id
    WHERE u.date <= :asOf
    WINDOW latest_first AS (PARTITION BY u.measure_id ORDER BY u.date DESC, u.id DESC)
  ),
  state_steps AS (
    SELECT ${sampleOfPast("date")} AS i,
           SUM(MAX(held, 0) - MAX(held_before, 0)) AS counted,
           SUM((held >= 0) - (held_before >= 0)) AS counts
    FROM updates GROUP BY 1
  ),
  ramp_steps AS (
    SELECT curve, i, SUM(reached) AS reached, SUM(slope) AS slope, SUM(lead_in) AS lead_in
    FROM (${rampEvents("plan")} UNION ALL ${rampEvents("baseline")})
    GROUP BY curve, i
  ),
  -- Cancellations and until when they held (the next update up to :asOf).
  cancellations AS (
    SELECT v.*, ${sampleOfPast("u.date")} AS since,
           COALESCE((SELECT ${sampleOfPast("nu.date")} FROM measure_updates nu
                     WHERE nu.measure_id = u.measure_id AND (nu.date, nu.id) > (u.date, u.id) AND nu.date <= :asOf
                     ORDER BY nu.date, nu.id LIMIT 1), :n) AS until
    FROM measure_updates u JOIN visible v ON v.id = u.measure_id
    WHERE NOT (${COUNTS}) AND u.date <= :asOf
  ),
  cancelled AS (
    SELECT p.i, SUM(${ramp("c.planned_start_day", "c.planned_end_day")}) AS plan,
           SUM(${ramp("c.baseline_start_day", "c.baseline_end_day")}) AS baseline
    FROM cancellations c JOIN points p ON p.i >= c.since AND p.i < c.until
    GROUP BY p.i
  ),
  totals AS (
    SELECT p.i, p.d, p.day,
           (SELECT COUNT(*) FROM visible) + SUM(COALESCE(st.counts, 0)) OVER running AS count,
           SUM(COALESCE(st.counted, 0)) OVER running AS actual_sum,
           SUM(COALESCE(pl.reached, 0)) OVER running AS plan_reached,
           SUM(COALESCE(pl.slope, 0)) OVER running AS plan_slope,
           SUM(COALESCE(pl.lead_in, 0)) OVER running AS plan_lead_in,
           SUM(COALESCE(bl.reached, 0)) OVER running AS baseline_reached,
           SUM(COALESCE(bl.slope, 0)) OVER running AS baseline_slope,
           SUM(COALESCE(bl.lead_in, 0)) OVER running AS baseline_lead_in
    FROM points p
    LEFT JOIN state_steps st ON st.i = p.i
    LEFT JOIN ramp_steps pl ON pl.curve = 'plan' AND pl.i = p.i
    LEFT JOIN ramp_steps bl ON bl.curve = 'baseline' AND bl.i = p.i
    WINDOW running AS (ORDER BY p.i)
  )
  SELECT t.d AS date,
         CASE WHEN t.count > 0 THEN t.actual_sum * 1.0 / t.count END AS actual,
         CASE WHEN t.count > 0 THEN
           (100.0 * (t.plan_reached + t.day * t.plan_slope - t.plan_lead_in) - COALESCE(c.plan, 0)) / t.count END AS planned,
         CASE WHEN t.count > 0 THEN
           (100.0 * (t.baseline_reached + t.day * t.baseline_slope - t.baseline_lead_in) - COALESCE(c.baseline, 0)) / t.count END AS baseline
  FROM totals t LEFT JOIN cancelled c ON c.i = t.i
  ORDER BY t.i`;

export function progressQueries(db: Db) {
  const series = db.prepare<
    [{ points: string; n: number; firstMonth: number; field: string | null; asOf: string; includeInternal: 0 | 1; viewerId: number | null }],
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
        n: points.length,
        firstMonth: Number(points[0]!.slice(0, 4)) * 12 + Number(points[0]!.slice(5, 7)) - 1,
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
