-- On-track thresholds per strategy: the gap (actual minus planned, in points) at which a measure
-- counts as ahead, on track or behind; below `behind` it is critical.
ALTER TABLE strategy ADD COLUMN signal_ahead REAL NOT NULL DEFAULT 10;
ALTER TABLE strategy ADD COLUMN signal_on_track REAL NOT NULL DEFAULT -10;
ALTER TABLE strategy ADD COLUMN signal_behind REAL NOT NULL DEFAULT -25;
