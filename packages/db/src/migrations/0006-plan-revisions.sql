-- Plans are history too: a measure's planned span and each milestone's planned date are read as
-- they stood on the date asked for. The first revision of each is the council-approved baseline;
-- every later one records who moved what, when and why (the reason is public).
-- measures.planned_start/planned_end and milestones.planned_date keep the current plan, the latest
-- revision, for the writers; every read with a date uses these tables.
CREATE TABLE measure_plans (
  id INTEGER PRIMARY KEY,
  measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
  -- from this day on the plan read as below
  date TEXT NOT NULL,
  planned_start TEXT NOT NULL,
  planned_end TEXT NOT NULL,
  -- public; empty only for the baseline
  reason TEXT NOT NULL DEFAULT '',
  author_user_id INTEGER REFERENCES users(id),
  -- when it was saved in this tool; NULL for revisions from the seed or a migration
  created_at TEXT,
  CHECK (planned_end >= planned_start)
);
CREATE INDEX measure_plans_latest ON measure_plans(measure_id, date DESC, id DESC);

CREATE TABLE milestone_plans (
  id INTEGER PRIMARY KEY,
  milestone_id INTEGER NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  planned_date TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  author_user_id INTEGER REFERENCES users(id),
  created_at TEXT
);
CREATE INDEX milestone_plans_latest ON milestone_plans(milestone_id, date DESC, id DESC);

-- The day a milestone was added after the start; NULL: part of the plan from the beginning.
-- Before that day the milestone did not exist, so reads of earlier dates leave it out.
ALTER TABLE milestones ADD COLUMN added_on TEXT;

-- Existing databases: today's plan becomes the baseline, dated at the measure's creation: the day
-- an administrator created it (audit log), else the strategy's adoption for measures from the seed.
-- Reads of a date before the first revision use the baseline.
INSERT INTO measure_plans (measure_id, date, planned_start, planned_end)
SELECT m.id,
       COALESCE((SELECT substr(MIN(a.at), 1, 10) FROM audit_log a
                 WHERE a.action = 'measure.create' AND a.entity = 'measure:' || m.code), st.adopted_on),
       m.planned_start, m.planned_end
FROM measures m CROSS JOIN strategy st;
INSERT INTO milestone_plans (milestone_id, date, planned_date)
SELECT ms.id, p.date, ms.planned_date FROM milestones ms JOIN measure_plans p ON p.measure_id = ms.measure_id;

-- Plans are appended to, never rewritten: a correction is a new revision with its reason.
CREATE TRIGGER measure_plans_no_update BEFORE UPDATE ON measure_plans
BEGIN SELECT RAISE(ABORT, 'measure_plans is append-only'); END;
CREATE TRIGGER milestone_plans_no_update BEFORE UPDATE ON milestone_plans
BEGIN SELECT RAISE(ABORT, 'milestone_plans is append-only'); END;
