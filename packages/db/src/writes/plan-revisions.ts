import type { Db } from "../connection";

export interface PlanAuthor {
  /** the day the revision takes effect (the city's today, or the seed row's date) */
  date: string;
  authorId: number | null;
  /** when it was saved; null for seed rows */
  at: string | null;
}

/**
 * Appends plan revisions. The first revision of a measure's span or a milestone's date is its
 * baseline; later ones need a reason. Callers run these inside their own transaction and keep
 * measures.planned_* / milestones.planned_date (the current plan) in step.
 */
export function planRevisionWriter(db: Db) {
  const insertMeasurePlan = db.prepare(
    `INSERT INTO measure_plans (measure_id, date, planned_start, planned_end, reason, author_user_id, created_at)
     VALUES (@measureId, @date, @start, @end, @reason, @authorId, @at)`,
  );
  const insertMilestonePlan = db.prepare(
    `INSERT INTO milestone_plans (milestone_id, date, planned_date, reason, author_user_id, created_at)
     VALUES (@milestoneId, @date, @plannedDate, @reason, @authorId, @at)`,
  );
  const setMeasurePlan = db.prepare("UPDATE measures SET planned_start = ?, planned_end = ? WHERE id = ?");
  const setMilestonePlan = db.prepare("UPDATE milestones SET planned_date = ? WHERE id = ?");

  return {
    measureBaseline(measureId: number, span: { start: string; end: string }, by: PlanAuthor): void {
      insertMeasurePlan.run({ measureId, ...span, reason: "", ...by });
    },
    milestoneBaseline(milestoneId: number, plannedDate: string, by: PlanAuthor): void {
      insertMilestonePlan.run({ milestoneId, plannedDate, reason: "", ...by });
    },
    /** A new span for the measure from by.date on; also the measure's current plan. */
    reviseMeasure(measureId: number, span: { start: string; end: string }, reason: string, by: PlanAuthor): void {
      insertMeasurePlan.run({ measureId, ...span, reason, ...by });
      setMeasurePlan.run(span.start, span.end, measureId);
    },
    reviseMilestone(milestoneId: number, plannedDate: string, reason: string, by: PlanAuthor): void {
      insertMilestonePlan.run({ milestoneId, plannedDate, reason, ...by });
      setMilestonePlan.run(plannedDate, milestoneId);
    },
  };
}
