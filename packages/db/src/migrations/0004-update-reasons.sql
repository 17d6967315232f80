-- Why a measure was delayed, paused or cancelled; public, shown in the history and the report.
ALTER TABLE measure_updates ADD COLUMN reason TEXT NOT NULL DEFAULT '';
