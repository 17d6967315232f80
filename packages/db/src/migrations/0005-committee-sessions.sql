-- Sessions of the council's digitalisation committee: "what changed" defaults to the period
-- since the last one. Data, editable by administrators.
CREATE TABLE committee_sessions (
  date TEXT PRIMARY KEY,
  title TEXT NOT NULL
) WITHOUT ROWID;
