/**
 * The state of every visible measure on the date :asOf, rebuilt from the update history: the latest
 * update on or before that date decides status and progress; a measure without one counts as planned.
 * The planned span is the plan as it stood on that date (plan-state.ts), beside the baseline.
 * Parameters: :asOf (YYYY-MM-DD), :includeInternal (1 shows measures not marked public) and
 * :viewerId (a lead also sees the measures they lead or deputise). Archived measures never show.
 */
import type { SignalThresholds } from "@sm/domain";
import { planColumns, planJoins } from "./plan-state";

/** Which measures (alias m) a reader sees; the same rule for lists, roll-ups and series. */
export const VISIBLE_MEASURE = `m.is_public = 1 OR :includeInternal = 1 OR m.lead_user_id = :viewerId OR m.deputy_user_id = :viewerId`;

export const MEASURE_STATE_CTE = `
  measure_state AS (
    SELECT m.id, m.code, m.field_id, m.title, m.summary, m.description, m.department,
           ${planColumns("m", ":asOf")}, m.actual_start, m.actual_end,
           m.is_public, m.lead_user_id, m.deputy_user_id, m.risk, m.version,
           COALESCE(u.status, 'planned') AS status,
           COALESCE(u.progress, 0) AS progress,
           u.date AS last_update,
           -- The reason given when the measure entered its current delayed/paused/cancelled state;
           -- later reports in the same state may leave it empty, so look back for the last one.
           CASE WHEN u.status IN ('delayed', 'paused', 'cancelled') THEN COALESCE((
             SELECT r.reason FROM measure_updates r
             WHERE r.measure_id = m.id AND r.date <= :asOf AND r.status = u.status AND r.reason <> ''
             ORDER BY r.date DESC, r.id DESC LIMIT 1
           ), '') ELSE '' END AS status_reason,
           planned_progress(COALESCE(plan.planned_start, m.planned_start), COALESCE(plan.planned_end, m.planned_end), :asOf) AS planned_progress,
           :asOf AS as_of, st.update_interval_days, st.signal_ahead, st.signal_on_track, st.signal_behind
    FROM measures m
    CROSS JOIN strategy st
    ${planJoins("m", ":asOf")}
    LEFT JOIN measure_updates u ON u.id = (
      SELECT lu.id FROM measure_updates lu
      WHERE lu.measure_id = m.id AND lu.date <= :asOf
      ORDER BY lu.date DESC, lu.id DESC LIMIT 1
    )
    WHERE m.archived_at IS NULL AND (${VISIBLE_MEASURE})
  )`;

/** The strategy's on-track thresholds from a row that carries them (measure_state or strategy). */
export function thresholdsOf(row: { signal_ahead: number; signal_on_track: number; signal_behind: number }): SignalThresholds {
  return { ahead: row.signal_ahead, onTrack: row.signal_on_track, behind: row.signal_behind };
}

/** Counts per status as SQL columns, named like the status keys. */
export const STATUS_COUNT_COLUMNS = `
  COALESCE(SUM(s.status = 'planned'), 0) AS planned,
  COALESCE(SUM(s.status = 'in_progress'), 0) AS in_progress,
  COALESCE(SUM(s.status = 'done'), 0) AS done,
  COALESCE(SUM(s.status = 'delayed'), 0) AS delayed,
  COALESCE(SUM(s.status = 'paused'), 0) AS paused,
  COALESCE(SUM(s.status = 'cancelled'), 0) AS cancelled`;

/** Roll-up columns over measure_state rows aliased `s`. */
export const ROLLUP_COLUMNS = `
  rollup_progress(s.status, s.progress) AS actual_progress,
  rollup_progress(s.status, s.planned_progress) AS planned_progress_mean,
  COUNT(s.id) AS measure_count,
  COUNT(s.id) > 0 AND COALESCE(SUM(s.status = 'done'), 0) = COUNT(s.id) AS all_done`;

export interface ReadScope {
  /** the date whose state is read (YYYY-MM-DD) */
  asOf: string;
  /** whether measures and KPIs not marked public are included; false for every anonymous request */
  includeInternal: boolean;
  /** the signed-in person, whose own measures are visible to them; null when anonymous */
  viewerId: number | null;
}

export type ScopeParams = { asOf: string; includeInternal: 0 | 1; viewerId: number | null };

export function scopeParams(scope: ReadScope): ScopeParams {
  return { asOf: scope.asOf, includeInternal: scope.includeInternal ? 1 : 0, viewerId: scope.viewerId };
}
