/**
 * The running sums of migration 0011 (kpi_value_sums), filled in one statement: the migration's own
 * backfill, for a bulk load that suspends the table's row-by-row triggers (seed/bulk-load.ts). Keep
 * it the same as the migration's INSERT; kpi-value-sums.test.ts compares seeded sums with it.
 */
export const KPI_VALUE_SUMS = {
  table: "kpi_value_sums",
  /** the triggers on kpi_values that keep the sums one row at a time */
  triggers: /^kpi_values_\w+_sums$/,
  refill: `
    DELETE FROM kpi_value_sums;
    INSERT INTO kpi_value_sums (kpi_id, date, value_id, n, sx, sxx, sy, sxy, examples)
    SELECT kpi_id, date, id, COUNT(*) OVER w, SUM(x) OVER w, SUM(x * x) OVER w, SUM(value) OVER w, SUM(x * value) OVER w,
           SUM(is_example) OVER w
    FROM (SELECT v.*, CAST(julianday(v.date) - 2440587.5 AS INTEGER) AS x FROM kpi_values v)
    WINDOW w AS (PARTITION BY kpi_id ORDER BY date, id ROWS UNBOUNDED PRECEDING);`,
} as const;
