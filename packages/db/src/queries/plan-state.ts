/**
 * The plan as it stood on a date, in SQL: the latest revision on or before the date, or the baseline
 * (the first revision) for a date before it. The current plan in measures.planned_* and
 * milestones.planned_date is only a fallback for rows a revision never reached.
 */

const firstMeasurePlan = (m: string) =>
  `(SELECT fp.id FROM measure_plans fp WHERE fp.measure_id = ${m}.id ORDER BY fp.date, fp.id LIMIT 1)`;

/**
 * Joins the plan of measure `m` on `date` as `plan` and its baseline as `baseline`, and names the
 * number of revisions after the baseline up to `date`. Use the columns of {@link planColumns}.
 */
export function planJoins(m: string, date: string): string {
  return `
    LEFT JOIN measure_plans baseline ON baseline.id = ${firstMeasurePlan(m)}
    LEFT JOIN measure_plans plan ON plan.id = COALESCE((
      SELECT lp.id FROM measure_plans lp
      WHERE lp.measure_id = ${m}.id AND lp.date <= ${date}
      ORDER BY lp.date DESC, lp.id DESC LIMIT 1
    ), baseline.id)`;
}

export function planColumns(m: string, date: string): string {
  return `
    COALESCE(plan.planned_start, ${m}.planned_start) AS planned_start,
    COALESCE(plan.planned_end, ${m}.planned_end) AS planned_end,
    COALESCE(baseline.planned_start, ${m}.planned_start) AS baseline_start,
    COALESCE(baseline.planned_end, ${m}.planned_end) AS baseline_end,
    (SELECT COUNT(*) FROM measure_plans c
     WHERE c.measure_id = ${m}.id AND c.date <= ${date} AND c.id <> baseline.id) AS plan_revisions`;
}

/** A milestone added later did not exist before its day. */
export function milestoneExisted(ms: string, date: string): string {
  return `(${ms}.added_on IS NULL OR ${ms}.added_on <= ${date})`;
}

/** plannedDate (on `date`) and baselineDate of milestone `ms`. */
export function milestonePlanColumns(ms: string, date: string): string {
  const first = `(SELECT fp.planned_date FROM milestone_plans fp WHERE fp.milestone_id = ${ms}.id ORDER BY fp.date, fp.id LIMIT 1)`;
  return `
    COALESCE((
      SELECT lp.planned_date FROM milestone_plans lp
      WHERE lp.milestone_id = ${ms}.id AND lp.date <= ${date}
      ORDER BY lp.date DESC, lp.id DESC LIMIT 1
    ), ${first}, ${ms}.planned_date) AS plannedDate,
    COALESCE(${first}, ${ms}.planned_date) AS baselineDate`;
}
