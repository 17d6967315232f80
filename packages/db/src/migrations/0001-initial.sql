-- The strategy a database holds: one city's strategy per database file.
CREATE TABLE strategy (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  title TEXT NOT NULL,
  city TEXT NOT NULL,
  description TEXT NOT NULL,
  adopted_on TEXT NOT NULL,
  horizon_start TEXT NOT NULL,
  horizon_end TEXT NOT NULL,
  municipality_key TEXT,
  licence_name TEXT NOT NULL,
  licence_url TEXT NOT NULL,
  update_interval_days INTEGER NOT NULL DEFAULT 90,
  sources_json TEXT NOT NULL DEFAULT '[]',
  CHECK (horizon_end > horizon_start)
);

CREATE TABLE target_groups (
  key TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  position INTEGER NOT NULL
);

CREATE TABLE topics (
  key TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  position INTEGER NOT NULL
);

CREATE TABLE fields (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  short_title TEXT NOT NULL,
  description TEXT NOT NULL,
  colour TEXT NOT NULL,
  position INTEGER NOT NULL
);

CREATE TABLE measures (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  field_id INTEGER NOT NULL REFERENCES fields(id),
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  department TEXT NOT NULL DEFAULT '',
  planned_start TEXT NOT NULL,
  planned_end TEXT NOT NULL,
  actual_start TEXT,
  actual_end TEXT,
  is_public INTEGER NOT NULL DEFAULT 1 CHECK (is_public IN (0, 1)),
  CHECK (planned_end >= planned_start)
);
CREATE INDEX measures_field ON measures(field_id);

CREATE TABLE measure_target_groups (
  measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
  group_key TEXT NOT NULL REFERENCES target_groups(key),
  PRIMARY KEY (measure_id, group_key)
) WITHOUT ROWID;

CREATE TABLE measure_topics (
  measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
  topic_key TEXT NOT NULL REFERENCES topics(key),
  PRIMARY KEY (measure_id, topic_key)
) WITHOUT ROWID;

CREATE TABLE milestones (
  id INTEGER PRIMARY KEY,
  measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  planned_date TEXT NOT NULL,
  completed_date TEXT,
  position INTEGER NOT NULL
);
CREATE INDEX milestones_measure ON milestones(measure_id, position);

-- The history is the truth: a measure's state on any date is its latest update up to that date.
CREATE TABLE measure_updates (
  id INTEGER PRIMARY KEY,
  measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'delayed', 'paused', 'cancelled')),
  progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
  comment TEXT NOT NULL DEFAULT '',
  -- for the council only; never part of a public response
  internal_note TEXT NOT NULL DEFAULT '',
  -- when the entry was saved in this tool; NULL for history imported from the seed
  created_at TEXT
);
CREATE INDEX measure_updates_latest ON measure_updates(measure_id, date DESC, id DESC);

CREATE TABLE kpis (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  field_id INTEGER NOT NULL REFERENCES fields(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
  decimals INTEGER NOT NULL DEFAULT 0,
  frequency TEXT NOT NULL DEFAULT '',
  baseline_date TEXT NOT NULL,
  baseline_value REAL NOT NULL,
  baseline_source_url TEXT,
  baseline_is_example INTEGER NOT NULL DEFAULT 0 CHECK (baseline_is_example IN (0, 1)),
  position INTEGER NOT NULL
);
CREATE INDEX kpis_field ON kpis(field_id);

CREATE TABLE kpi_measures (
  kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
  measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
  PRIMARY KEY (kpi_id, measure_id)
) WITHOUT ROWID;
CREATE INDEX kpi_measures_measure ON kpi_measures(measure_id);

-- The final target and interim targets; the final one is the latest date.
CREATE TABLE kpi_targets (
  kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  value REAL NOT NULL,
  is_final INTEGER NOT NULL DEFAULT 0 CHECK (is_final IN (0, 1)),
  PRIMARY KEY (kpi_id, date)
) WITHOUT ROWID;

CREATE TABLE kpi_values (
  id INTEGER PRIMARY KEY,
  kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  value REAL NOT NULL,
  source_url TEXT,
  source_label TEXT NOT NULL DEFAULT '',
  is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  CHECK (source_url IS NOT NULL OR is_example = 1)
);
CREATE INDEX kpi_values_kpi_date ON kpi_values(kpi_id, date DESC, id DESC);
