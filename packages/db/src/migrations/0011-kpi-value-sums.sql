-- Running sums of each KPI's values in date order, for least-squares trends and counts on any
-- date without reading the history: the row of a value holds the count, the sums of x (days since
-- 1970-01-01), x², y (the value), x·y and the number of example values of every value of its KPI up
-- to and including it (ordered by date, then id). A trend on a date is then the row of the latest
-- value on or before it; the values of a period are the difference of two rows. Kept by triggers,
-- so every writer (seed, KPI entry, corrections, deletes) keeps them right.
CREATE TABLE kpi_value_sums (
  kpi_id INTEGER NOT NULL,
  date TEXT NOT NULL,
  value_id INTEGER NOT NULL,
  n INTEGER NOT NULL,
  sx INTEGER NOT NULL,
  sxx INTEGER NOT NULL,
  sy REAL NOT NULL,
  sxy REAL NOT NULL,
  examples INTEGER NOT NULL,
  PRIMARY KEY (kpi_id, date, value_id)
) WITHOUT ROWID;

INSERT INTO kpi_value_sums (kpi_id, date, value_id, n, sx, sxx, sy, sxy, examples)
SELECT kpi_id, date, id, COUNT(*) OVER w, SUM(x) OVER w, SUM(x * x) OVER w, SUM(value) OVER w, SUM(x * value) OVER w,
       SUM(is_example) OVER w
FROM (SELECT v.*, CAST(julianday(v.date) - 2440587.5 AS INTEGER) AS x FROM kpi_values v)
WINDOW w AS (PARTITION BY kpi_id ORDER BY date, id ROWS UNBOUNDED PRECEDING);

-- A new value counts in its own row and in every later one of its KPI.
CREATE TRIGGER kpi_values_insert_sums AFTER INSERT ON kpi_values
BEGIN
  UPDATE kpi_value_sums SET n = n + 1, sx = sx + CAST(julianday(NEW.date) - 2440587.5 AS INTEGER), sxx = sxx + CAST(julianday(NEW.date) - 2440587.5 AS INTEGER) * CAST(julianday(NEW.date) - 2440587.5 AS INTEGER), sy = sy + NEW.value, sxy = sxy + CAST(julianday(NEW.date) - 2440587.5 AS INTEGER) * NEW.value, examples = examples + NEW.is_example
  WHERE kpi_id = NEW.kpi_id AND (date > NEW.date OR (date = NEW.date AND value_id > NEW.id));
  INSERT INTO kpi_value_sums (kpi_id, date, value_id, n, sx, sxx, sy, sxy, examples)
  SELECT NEW.kpi_id, NEW.date, NEW.id, COALESCE(p.n, 0) + 1, COALESCE(p.sx, 0) + CAST(julianday(NEW.date) - 2440587.5 AS INTEGER),
         COALESCE(p.sxx, 0) + CAST(julianday(NEW.date) - 2440587.5 AS INTEGER) * CAST(julianday(NEW.date) - 2440587.5 AS INTEGER), COALESCE(p.sy, 0) + NEW.value,
         COALESCE(p.sxy, 0) + CAST(julianday(NEW.date) - 2440587.5 AS INTEGER) * NEW.value, COALESCE(p.examples, 0) + NEW.is_example
  FROM (SELECT 1) LEFT JOIN (
    SELECT * FROM kpi_value_sums
    WHERE kpi_id = NEW.kpi_id AND (date < NEW.date OR (date = NEW.date AND value_id < NEW.id))
    ORDER BY date DESC, value_id DESC LIMIT 1
  ) p;
END;

CREATE TRIGGER kpi_values_delete_sums AFTER DELETE ON kpi_values
BEGIN
  DELETE FROM kpi_value_sums WHERE kpi_id = OLD.kpi_id AND date = OLD.date AND value_id = OLD.id;
  UPDATE kpi_value_sums SET n = n - 1, sx = sx - CAST(julianday(OLD.date) - 2440587.5 AS INTEGER), sxx = sxx - CAST(julianday(OLD.date) - 2440587.5 AS INTEGER) * CAST(julianday(OLD.date) - 2440587.5 AS INTEGER), sy = sy - OLD.value, sxy = sxy - CAST(julianday(OLD.date) - 2440587.5 AS INTEGER) * OLD.value, examples = examples - OLD.is_example
  WHERE kpi_id = OLD.kpi_id AND (date > OLD.date OR (date = OLD.date AND value_id > OLD.id));
END;

-- A correction moves the value: out where it was, in where it is now.
CREATE TRIGGER kpi_values_update_sums AFTER UPDATE OF kpi_id, date, value, is_example ON kpi_values
BEGIN
  DELETE FROM kpi_value_sums WHERE kpi_id = OLD.kpi_id AND date = OLD.date AND value_id = OLD.id;
  UPDATE kpi_value_sums SET n = n - 1, sx = sx - CAST(julianday(OLD.date) - 2440587.5 AS INTEGER), sxx = sxx - CAST(julianday(OLD.date) - 2440587.5 AS INTEGER) * CAST(julianday(OLD.date) - 2440587.5 AS INTEGER), sy = sy - OLD.value, sxy = sxy - CAST(julianday(OLD.date) - 2440587.5 AS INTEGER) * OLD.value, examples = examples - OLD.is_example
  WHERE kpi_id = OLD.kpi_id AND (date > OLD.date OR (date = OLD.date AND value_id > OLD.id));
  UPDATE kpi_value_sums SET n = n + 1, sx = sx + CAST(julianday(NEW.date) - 2440587.5 AS INTEGER), sxx = sxx + CAST(julianday(NEW.date) - 2440587.5 AS INTEGER) * CAST(julianday(NEW.date) - 2440587.5 AS INTEGER), sy = sy + NEW.value, sxy = sxy + CAST(julianday(NEW.date) - 2440587.5 AS INTEGER) * NEW.value, examples = examples + NEW.is_example
  WHERE kpi_id = NEW.kpi_id AND (date > NEW.date OR (date = NEW.date AND value_id > NEW.id));
  INSERT INTO kpi_value_sums (kpi_id, date, value_id, n, sx, sxx, sy, sxy, examples)
  SELECT NEW.kpi_id, NEW.date, NEW.id, COALESCE(p.n, 0) + 1, COALESCE(p.sx, 0) + CAST(julianday(NEW.date) - 2440587.5 AS INTEGER),
         COALESCE(p.sxx, 0) + CAST(julianday(NEW.date) - 2440587.5 AS INTEGER) * CAST(julianday(NEW.date) - 2440587.5 AS INTEGER), COALESCE(p.sy, 0) + NEW.value,
         COALESCE(p.sxy, 0) + CAST(julianday(NEW.date) - 2440587.5 AS INTEGER) * NEW.value, COALESCE(p.examples, 0) + NEW.is_example
  FROM (SELECT 1) LEFT JOIN (
    SELECT * FROM kpi_value_sums
    WHERE kpi_id = NEW.kpi_id AND (date < NEW.date OR (date = NEW.date AND value_id < NEW.id))
    ORDER BY date DESC, value_id DESC LIMIT 1
  ) p;
END;
