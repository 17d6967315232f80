-- People who sign in. Never hard-deleted once they have written something (see trigger below).
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('lead', 'council', 'admin')),
  password_hash TEXT NOT NULL,
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  last_sign_in_at TEXT
);

-- Server-side sessions. Only a SHA-256 of the token is stored, so a copy of the database file does
-- not hand out valid cookies. Times are epoch milliseconds from the app's clock.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE sign_in_attempts (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  email TEXT NOT NULL COLLATE NOCASE,
  ip TEXT NOT NULL,
  success INTEGER NOT NULL CHECK (success IN (0, 1))
);
CREATE INDEX sign_in_attempts_email ON sign_in_attempts(email, at);
CREATE INDEX sign_in_attempts_ip ON sign_in_attempts(ip, at);

ALTER TABLE measures ADD COLUMN lead_user_id INTEGER REFERENCES users(id);
ALTER TABLE measures ADD COLUMN deputy_user_id INTEGER REFERENCES users(id);
ALTER TABLE measures ADD COLUMN risk TEXT NOT NULL DEFAULT '';
-- Optimistic locking: every save names the version it was based on and bumps it.
ALTER TABLE measures ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE measures ADD COLUMN archived_at TEXT;
CREATE INDEX measures_lead ON measures(lead_user_id);
CREATE INDEX measures_deputy ON measures(deputy_user_id);

ALTER TABLE measure_updates ADD COLUMN author_user_id INTEGER REFERENCES users(id);
-- [{field, from, to}, ...]: what this update changed
ALTER TABLE measure_updates ADD COLUMN changes_json TEXT NOT NULL DEFAULT '[]';

ALTER TABLE kpis ADD COLUMN is_public INTEGER NOT NULL DEFAULT 1 CHECK (is_public IN (0, 1));
ALTER TABLE kpis ADD COLUMN archived_at TEXT;
ALTER TABLE kpi_values ADD COLUMN entered_by_user_id INTEGER REFERENCES users(id);
ALTER TABLE kpi_values ADD COLUMN created_at TEXT;

-- Every write, sign-ins included. Append-only: the triggers refuse changes and deletions.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor_user_id INTEGER REFERENCES users(id),
  action TEXT NOT NULL,
  entity TEXT,
  details_json TEXT NOT NULL DEFAULT '{}',
  ip TEXT
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_actor ON audit_log(actor_user_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TRIGGER users_keep_authors BEFORE DELETE ON users
WHEN EXISTS (SELECT 1 FROM measure_updates WHERE author_user_id = OLD.id)
  OR EXISTS (SELECT 1 FROM audit_log WHERE actor_user_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'users who wrote updates are deactivated, not deleted'); END;
