import { onTrackSignal, statusSchema, type FieldTimeline, type TimelineMeasure } from "@sm/domain";
import type { Db } from "../connection";
import { MEASURE_STATE_CTE, scopeParams, thresholdsOf, VISIBLE_MEASURE, type ReadScope, type ScopeParams } from "./measure-state";
import { milestoneExisted, milestonePlanColumns } from "./plan-state";

interface TimelineRow {
  field_code: string;
  field_title: string;
  horizon_start: string;
  horizon_end: string;
  signal_ahead: number;
  signal_on_track: number;
  signal_behind: number;
  /** null on the one row of a field without visible measures (LEFT JOIN) */
  id: number | null;
  code: string;
  title: string;
  status: string;
  progress: number;
  planned_progress: number;
  is_public: number;
  planned_start: string;
  planned_end: string;
  baseline_start: string;
  baseline_end: string;
  plan_revisions: number;
  actual_start: string | null;
  actual_end: string | null;
  /** how many visible measures the field has; null on the row of an empty page */
  total: number | null;
}

interface MilestoneRow {
  measure_id: number;
  id: number;
  title: string;
  plannedDate: string;
  baselineDate: string;
  completedDate: string | null;
}

type Params = ScopeParams & { code: string };
type PageParams = Params & { limit: number; offset: number };

/**
 * The field's visible measures with their planned and actual spans on scope.asOf, and their
 * milestones: two statements per request however many measures the field has. Actual dates and
 * completions after asOf had not happened on that date, so SQL blanks them.
 */
export function timelineQueries(db: Db) {
  // Starting from the field (LEFT JOIN) tells an unknown field (no row) from one without measures
  // or a page past the end. The count is taken before LIMIT cuts the page.
  const measures = db.prepare<[PageParams], TimelineRow>(`
    WITH ${MEASURE_STATE_CTE},
    page AS (
      SELECT s.*, COUNT(*) OVER () AS total FROM measure_state s JOIN fields pf ON pf.id = s.field_id
      WHERE pf.code = :code ORDER BY s.code LIMIT :limit OFFSET :offset
    )
    SELECT f.code AS field_code, f.title AS field_title, st.horizon_start, st.horizon_end,
           st.signal_ahead, st.signal_on_track, st.signal_behind,
           s.id, s.code, s.title, s.status, s.progress, s.planned_progress, s.is_public, s.planned_start, s.planned_end,
           s.baseline_start, s.baseline_end, s.plan_revisions, s.total,
           CASE WHEN s.actual_start <= :asOf THEN s.actual_start END AS actual_start,
           CASE WHEN s.actual_end <= :asOf THEN s.actual_end END AS actual_end
    FROM fields f
    CROSS JOIN strategy st
    LEFT JOIN page s ON 1
    WHERE f.code = :code
    ORDER BY s.code`);
  const count = db.prepare<[Params], { n: number }>(`
    WITH ${MEASURE_STATE_CTE}
    SELECT COUNT(*) AS n FROM measure_state s JOIN fields f ON f.id = s.field_id WHERE f.code = :code`);
  // The same visibility rule as measure_state, without rebuilding the state of every measure.
  const milestones = db.prepare<[Params & { ids: string }], MilestoneRow>(`
    SELECT ms.measure_id, ms.id, ms.title, ${milestonePlanColumns("ms", ":asOf")},
           CASE WHEN ms.completed_date <= :asOf THEN ms.completed_date END AS completedDate
    FROM milestones ms
    JOIN measures m ON m.id = ms.measure_id
    JOIN fields f ON f.id = m.field_id
    WHERE f.code = :code AND ms.measure_id IN (SELECT value FROM json_each(:ids))
      AND m.archived_at IS NULL AND (${VISIBLE_MEASURE}) AND ${milestoneExisted("ms", ":asOf")}
    ORDER BY ms.measure_id, ms.position`);

  return {
    /** One page of the Gantt rows, by code; undefined for an unknown field. */
    forField(code: string, scope: ReadScope, page: { page: number; pageSize: number }): FieldTimeline | undefined {
      const params = { ...scopeParams(scope), code };
      const rows = measures.all({ ...params, limit: page.pageSize, offset: (page.page - 1) * page.pageSize });
      const first = rows[0];
      if (!first) return undefined;
      const ids = rows.flatMap((row) => (row.id === null ? [] : [row.id]));
      const byMeasure = new Map<number, TimelineMeasure["milestones"]>();
      for (const { measure_id, ...milestone } of milestones.all({ ...params, ids: JSON.stringify(ids) })) {
        const list = byMeasure.get(measure_id) ?? [];
        list.push(milestone);
        byMeasure.set(measure_id, list);
      }
      const thresholds = thresholdsOf(first);
      return {
        field: { code: first.field_code, title: first.field_title },
        horizon: { start: first.horizon_start, end: first.horizon_end },
        asOf: scope.asOf,
        // A page past the end has no row to carry the count: count apart then.
        total: first.total ?? (page.page > 1 ? count.get(params)!.n : 0),
        ...page,
        measures: rows.flatMap((row) => {
          if (row.id === null) return [];
          const status = statusSchema.parse(row.status);
          return [
            {
              code: row.code,
              title: row.title,
              status,
              signal: onTrackSignal({ status, actual: row.progress, planned: row.planned_progress }, thresholds),
              progress: row.progress,
              isPublic: row.is_public === 1,
              plannedStart: row.planned_start,
              plannedEnd: row.planned_end,
              baseline: { start: row.baseline_start, end: row.baseline_end },
              planRevisions: row.plan_revisions,
              actualStart: row.actual_start,
              actualEnd: row.actual_end,
              milestones: byMeasure.get(row.id) ?? [],
            },
          ];
        }),
      };
    },
  };
}
