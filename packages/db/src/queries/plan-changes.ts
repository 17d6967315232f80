import type { PlanChange } from "@sm/domain";
import type { Db } from "../connection";
import { VISIBLE_MEASURE, type ScopeParams } from "./measure-state";

interface Row {
  measure_id: number;
  code: string;
  title: string;
  field: string;
  date: string;
  /** "span" for the measure's own dates, else the milestone's title */
  kind: "span" | "milestone";
  milestone: string | null;
  start: string | null;
  end: string;
  prev_start: string | null;
  prev_end: string | null;
  reason: string;
  is_public: number;
}

/**
 * Every revision after a baseline, with the value before it: LAG runs over a plan's whole history,
 * so the first revision inside a period still sees the plan it replaced. A milestone added after the
 * start appears as a change from nothing. `:measureId` NULL takes every visible measure.
 */
const REVISIONS_SQL = `
  SELECT r.*, m.is_public FROM (
    SELECT p.measure_id, m.code, m.title, f.code AS field, p.date, 'span' AS kind, NULL AS milestone,
           p.planned_start AS start, p.planned_end AS "end",
           LAG(p.planned_start) OVER w AS prev_start, LAG(p.planned_end) OVER w AS prev_end,
           p.reason, ROW_NUMBER() OVER w AS n, 0 AS added, -1 AS seq
    FROM measure_plans p JOIN measures m ON m.id = p.measure_id JOIN fields f ON f.id = m.field_id
    WHERE (:measureId IS NULL OR p.measure_id = :measureId)
    WINDOW w AS (PARTITION BY p.measure_id ORDER BY p.date, p.id)
    UNION ALL
    SELECT ms.measure_id, m.code, m.title, f.code, mp.date, 'milestone', ms.title,
           NULL, mp.planned_date, NULL, LAG(mp.planned_date) OVER w, mp.reason, ROW_NUMBER() OVER w,
           ms.added_on IS NOT NULL, ms.position
    FROM milestone_plans mp JOIN milestones ms ON ms.id = mp.milestone_id
    JOIN measures m ON m.id = ms.measure_id JOIN fields f ON f.id = m.field_id
    WHERE (:measureId IS NULL OR ms.measure_id = :measureId)
    WINDOW w AS (PARTITION BY mp.milestone_id ORDER BY mp.date, mp.id)
  ) r
  JOIN measures m ON m.id = r.measure_id
  WHERE (r.n > 1 OR r.added = 1) AND r.date > :from AND r.date <= :to
    AND m.archived_at IS NULL AND (${VISIBLE_MEASURE})
  ORDER BY r.date, r.code, r.seq`;

/** One revision row as the public changes it makes: start and end separately, or the milestone. */
function toChanges(row: Row): PlanChange[] {
  const base = { date: row.date, reason: row.reason };
  if (row.kind === "milestone") {
    return [{ ...base, subject: "milestone", milestone: row.milestone, from: row.prev_end, to: row.end }];
  }
  const changes: PlanChange[] = [];
  if (row.start !== row.prev_start) changes.push({ ...base, subject: "start", milestone: null, from: row.prev_start, to: row.start! });
  if (row.end !== row.prev_end) changes.push({ ...base, subject: "end", milestone: null, from: row.prev_end, to: row.end });
  return changes;
}

export function planChangeQueries(db: Db) {
  type Params = Omit<ScopeParams, "asOf"> & { measureId: number | null; from: string; to: string };
  const revisions = db.prepare<[Params], Row>(REVISIONS_SQL);
  // The measure's own read already decided visibility; the scope here only has to let it through.
  const all = { includeInternal: 1 as const, viewerId: null };
  return {
    /** The plan changes of one measure up to asOf, oldest first. */
    forMeasure(measureId: number, asOf: string): PlanChange[] {
      return revisions.all({ ...all, measureId, from: "", to: asOf }).flatMap(toChanges);
    },
    /** Every visible measure's plan changes in (from, to], with the measure they belong to. */
    between(from: string, to: string, scope: Omit<ScopeParams, "asOf">) {
      const { includeInternal, viewerId } = scope;
      return revisions.all({ includeInternal, viewerId, measureId: null, from, to }).map((row) => ({
        code: row.code,
        title: row.title,
        isPublic: row.is_public === 1,
        field: row.field,
        changes: toChanges(row),
      }));
    },
  };
}
