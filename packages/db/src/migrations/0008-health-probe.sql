-- One row the health check writes, so "healthy" means the database takes writes, not only reads.
CREATE TABLE health_probe (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at TEXT NOT NULL
);
