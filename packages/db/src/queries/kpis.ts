import {
  dayNumber,
  directionSchema,
  kpiAttainment,
  projectMoments,
  searchNeedle,
  seriesPeriodSchema,
  type KpiDetail,
  type KpiSummary,
  type KpiValue,
  type KpiValuePage,
  type KpiWithSeries,
  type SeriesPeriod,
  type TrendMoments,
} from "@sm/domain";
import type { Db } from "../connection";
import { scopeParams, VISIBLE_MEASURE, type ReadScope, type ScopeParams } from "./measure-state";
import { KPI_SEARCH_COLUMNS, searchParams } from "./search";

interface KpiRow {
  id: number;
  slug: string;
  title: string;
  description: string;
  unit: string;
  direction: string;
  decimals: number;
  frequency: string;
  baseline_date: string;
  baseline_value: number;
  baseline_source_url: string | null;
  baseline_is_example: number;
  field_code: string;
  field_title: string;
  field_short_title: string;
  measure_refs: string;
  target_date: string;
  target_value: number;
  latest_json: string | null;
}

interface ValueRow {
  date: string;
  value: number;
  source_url: string | null;
  source_label: string;
  is_example: number;
  note: string;
}

const VALUE_COLUMNS = "date, value, source_url, source_label, is_example, note";

/**
 * Which KPIs (alias k) a reader sees: not archived, and public unless :includeInternal or the
 * reader (:viewerId) leads or deputises a measure the KPI belongs to.
 */
export const VISIBLE_KPI = `k.archived_at IS NULL AND (k.is_public = 1 OR :includeInternal = 1 OR EXISTS (
  SELECT 1 FROM kpi_measures okm JOIN measures om ON om.id = okm.measure_id
  WHERE okm.kpi_id = k.id AND om.archived_at IS NULL AND (om.lead_user_id = :viewerId OR om.deputy_user_id = :viewerId)))`;

/**
 * KPIs with their final target and the latest value known on :asOf. Linked measures that are not
 * public are left out unless :includeInternal, so their codes never leak through a KPI.
 */
const selectKpis = (join = "") => `
  SELECT k.*, f.code AS field_code, f.title AS field_title, f.short_title AS field_short_title,
         (SELECT json_group_array(json_object('code', m.code, 'title', m.title))
            FROM (SELECT m.code, m.title FROM kpi_measures km JOIN measures m ON m.id = km.measure_id
                         WHERE km.kpi_id = k.id AND m.archived_at IS NULL AND (${VISIBLE_MEASURE}) ORDER BY m.code) m
         ) AS measure_refs,
         t.date AS target_date, t.value AS target_value,
         (SELECT json_object('date', v.date, 'value', v.value, 'source_url', v.source_url,
                             'source_label', v.source_label, 'is_example', v.is_example, 'note', v.note)
            FROM kpi_values v WHERE v.kpi_id = k.id AND v.date <= :asOf
            ORDER BY v.date DESC, v.id DESC LIMIT 1) AS latest_json
  FROM kpis k
  JOIN fields f ON f.id = k.field_id
  JOIN kpi_targets t ON t.kpi_id = k.id AND t.is_final = 1 ${join}
  WHERE ${VISIBLE_KPI}`;
const SELECT_KPIS = selectKpis();

/** The KPIs a search finds: a hit in the title first, then bm25 (title, description, unit, head_words, body_words). */
const KPI_HITS = `
  kpi_hits AS MATERIALIZED (
    SELECT rowid AS id,
           CASE WHEN :wholeWord = 1 THEN instr(head_words, :needle) > 0 ELSE instr(title, :needle) > 0 END AS in_title,
           bm25(kpi_search, 10, 3, 2, 10, 3) AS score
    FROM kpi_search WHERE kpi_search MATCH :match
  )`;

/** The most points the KPI page's chart gets, and a KPI card's sparkline. */
export const CHART_POINTS = 250;
export const SPARKLINE_POINTS = 24;

/** A date's month as one number (year × 12 + month − 1): months, quarters and years are whole divisions of it. */
const monthIndex = (date: string) => `(CAST(substr(${date}, 1, 4) AS INTEGER) * 12 + CAST(substr(${date}, 6, 2) AS INTEGER) - 1)`;

/**
 * Per picked KPI, the period its chart shows one point per, as months per point: 0 for every value
 * while there are at most :maxPoints, else 1, 3 or 12 (month, quarter, year), the first that spans
 * at most :maxPoints; and its first and last month. Reads only the index (count, first and last date).
 */
const SIZING = `
  sizing AS (
    SELECT kpi_id, first_m, last_m,
           CASE WHEN n <= :maxPoints THEN 0 WHEN last_m - first_m < :maxPoints THEN 1
                WHEN last_m / 3 - first_m / 3 < :maxPoints THEN 3 ELSE 12 END AS months
    FROM (SELECT kpi_id, COUNT(*) AS n, ${monthIndex("MIN(date)")} AS first_m, ${monthIndex("MAX(date)")} AS last_m
          FROM kpi_values WHERE kpi_id IN (SELECT value FROM json_each(:ids)) AND date <= :asOf GROUP BY kpi_id)
  )`;
const PERIOD_NAME = "CASE z.months WHEN 0 THEN 'value' WHEN 1 THEN 'month' WHEN 3 THEN 'quarter' ELSE 'year' END";

/**
 * Per picked KPI in one pass over its values: its period, how many values (of them example data),
 * first and last day, and the sums of a least-squares trend. Day and value are taken relative to the
 * baseline (dx, dy), so the sums of squares stay small and lose no precision to cancellation.
 */
const SERIES_STATS = `
  WITH ${SIZING},
  sums AS (
    SELECT v.kpi_id, COUNT(*) AS n, SUM(v.is_example) AS examples, MIN(v.x) AS first_x, MAX(v.x) AS last_x,
           SUM(v.x - k.bx) AS sdx, SUM(v.value - k.baseline_value) AS sdy,
           SUM((v.x - k.bx) * (v.x - k.bx)) AS sdxx, SUM((v.x - k.bx) * (v.value - k.baseline_value)) AS sdxy
    FROM (SELECT v.kpi_id, v.value, v.is_example, julianday(v.date) - 2440587.5 AS x
          FROM kpi_values v WHERE v.kpi_id IN (SELECT value FROM json_each(:ids)) AND v.date <= :asOf) v
    JOIN (SELECT id, baseline_value, julianday(baseline_date) - 2440587.5 AS bx FROM kpis) k ON k.id = v.kpi_id
    GROUP BY v.kpi_id
  )
  SELECT s.*, ${PERIOD_NAME} AS per, k.baseline_date, k.baseline_value
  FROM sums s JOIN sizing z ON z.kpi_id = s.kpi_id JOIN kpis k ON k.id = s.kpi_id`;

/** The first day of a month index, as an ISO date. */
const monthStart = (m: string) => `printf('%04d-%02d-01', (${m}) / 12, (${m}) % 12 + 1)`;

/**
 * The points drawn, oldest first: every value, or in each period the last value (by date, then
 * entry). One index seek per period, so a KPI with thousands of values costs a few dozen lookups.
 */
const SERIES_POINTS = `
  WITH RECURSIVE ${SIZING},
  periods(kpi_id, months, b, last_b) AS (
    SELECT kpi_id, months, first_m / months, last_m / months FROM sizing WHERE months > 0
    UNION ALL SELECT kpi_id, months, b + 1, last_b FROM periods WHERE b < last_b
  ),
  drawn(id) AS (
    SELECT (SELECT v.id FROM kpi_values v
            -- One upper bound (the period's end, or the day after asOf), so the index seeks instead of scanning.
            WHERE v.kpi_id = p.kpi_id
              AND v.date >= ${monthStart("p.b * p.months")} AND v.date < min(${monthStart("(p.b + 1) * p.months")}, date(:asOf, '+1 day'))
            ORDER BY v.date DESC, v.id DESC LIMIT 1)
    FROM periods p
    UNION ALL
    SELECT v.id FROM sizing z JOIN kpi_values v ON v.kpi_id = z.kpi_id WHERE z.months = 0 AND v.date <= :asOf
  )
  SELECT kpi_id, ${VALUE_COLUMNS} FROM kpi_values WHERE id IN (SELECT id FROM drawn) ORDER BY kpi_id, date, id`;

interface StatsRow {
  kpi_id: number;
  n: number;
  examples: number;
  per: string;
  baseline_date: string;
  baseline_value: number;
  first_x: number;
  last_x: number;
  /** Σ dx, Σ dy, Σ dx², Σ dx·dy with dx, dy relative to the baseline */
  sdx: number;
  sdy: number;
  sdxx: number;
  sdxy: number;
}

/** The trend's moments from the sums relative to the baseline; null without two distinct dates. */
function trendMoments(row: StatsRow): TrendMoments | null {
  if (row.first_x >= row.last_x) return null;
  const meanDx = row.sdx / row.n;
  const meanDy = row.sdy / row.n;
  return {
    meanX: dayNumber(row.baseline_date) + meanDx,
    meanY: row.baseline_value + meanDy,
    sxx: row.sdxx - row.n * meanDx * meanDx,
    sxy: row.sdxy - row.n * meanDx * meanDy,
    firstX: row.first_x,
  };
}

interface Sized {
  pointsPer: SeriesPeriod;
  valueCount: number;
  exampleValueCount: number;
  projection: KpiDetail["projection"];
}

/** What a KPI without any value up to the date read has. */
const NO_VALUES = { pointsPer: "value", valueCount: 0, exampleValueCount: 0, projection: null } as const;

function toSized(summary: KpiSummary, stats: StatsRow | undefined): Sized {
  if (!stats) return NO_VALUES;
  const moments = trendMoments(stats);
  return {
    pointsPer: seriesPeriodSchema.parse(stats.per),
    valueCount: stats.n,
    exampleValueCount: stats.examples,
    projection: moments && projectMoments({ direction: summary.direction, target: summary.target, moments }),
  };
}

function toValue(row: ValueRow): KpiValue {
  return {
    date: row.date,
    value: row.value,
    sourceUrl: row.source_url,
    sourceLabel: row.source_label,
    isExample: row.is_example === 1,
    note: row.note,
  };
}

function toSummary(row: KpiRow): KpiSummary {
  const direction = directionSchema.parse(row.direction);
  const latest = row.latest_json ? toValue(JSON.parse(row.latest_json) as ValueRow) : null;
  return {
    id: row.slug,
    title: row.title,
    description: row.description,
    unit: row.unit,
    direction,
    decimals: row.decimals,
    field: { code: row.field_code, title: row.field_title, shortTitle: row.field_short_title },
    measures: JSON.parse(row.measure_refs) as { code: string; title: string }[],
    baseline: {
      date: row.baseline_date,
      value: row.baseline_value,
      sourceUrl: row.baseline_source_url,
      isExample: row.baseline_is_example === 1,
    },
    target: { date: row.target_date, value: row.target_value },
    latest,
    attainment: kpiAttainment({
      direction,
      baseline: row.baseline_value,
      target: row.target_value,
      latest: latest?.value ?? null,
    }),
  };
}


export function kpiQueries(db: Db) {
  type P = ScopeParams;
  const all = db.prepare<[P], KpiRow>(`${SELECT_KPIS} ORDER BY f.position, k.position`);
  const byField = db.prepare<[P & { field: string }], KpiRow>(
    `${SELECT_KPIS} AND f.code = :field ORDER BY k.position`,
  );
  const byMeasure = db.prepare<[P & { measureId: number }], KpiRow>(
    `${SELECT_KPIS} AND k.id IN (SELECT kpi_id FROM kpi_measures WHERE measure_id = :measureId) ORDER BY f.position, k.position`,
  );
  const bySlug = db.prepare<[P & { slug: string }], KpiRow>(`${SELECT_KPIS} AND k.slug = :slug`);
  const search = db.prepare<[P & { field: string | null } & ReturnType<typeof searchParams>], KpiRow>(
    `WITH ${KPI_HITS} ${selectKpis("JOIN kpi_hits h ON h.id = k.id")} AND (:field IS NULL OR f.code = :field)
     ORDER BY h.in_title DESC, h.score, f.position, k.position`,
  );
  const interimTargets = db.prepare<[number], { date: string; value: number }>(
    "SELECT date, value FROM kpi_targets WHERE kpi_id = ? AND is_final = 0 ORDER BY date",
  );
  const fieldPage = db.prepare<[P & { field: string; limit: number; offset: number }], KpiRow>(
    `${SELECT_KPIS} AND f.code = :field ORDER BY k.position LIMIT :limit OFFSET :offset`,
  );
  const fieldCount = db.prepare<[P & { field: string }], { n: number }>(
    `SELECT COUNT(*) AS n FROM kpis k JOIN fields f ON f.id = k.field_id JOIN kpi_targets t ON t.kpi_id = k.id AND t.is_final = 1
     WHERE ${VISIBLE_KPI} AND f.code = :field`,
  );
  // Series of several KPIs in two statements, however many KPIs and values: no query per KPI.
  type SeriesParams = { ids: string; asOf: string; maxPoints: number };
  const seriesStats = db.prepare<[SeriesParams], StatsRow>(SERIES_STATS);
  const seriesPoints = db.prepare<[SeriesParams], ValueRow & { kpi_id: number }>(SERIES_POINTS);
  const valuePage = db.prepare<[{ id: number; asOf: string; limit: number; offset: number }], ValueRow>(
    `SELECT ${VALUE_COLUMNS} FROM kpi_values WHERE kpi_id = :id AND date <= :asOf ORDER BY date DESC, id DESC LIMIT :limit OFFSET :offset`,
  );
  const valueCount = db.prepare<[{ id: number; asOf: string }], { n: number }>(
    "SELECT COUNT(*) AS n FROM kpi_values WHERE kpi_id = :id AND date <= :asOf",
  );
  /** Chart-sized series of these KPIs (at most maxPoints points each), their counts and trends. */
  function series(kpiIds: number[], asOf: string, maxPoints: number) {
    const p = { ids: JSON.stringify(kpiIds), asOf, maxPoints };
    const stats = new Map(seriesStats.all(p).map((row) => [row.kpi_id, row]));
    const points = new Map<number, KpiValue[]>();
    for (const { kpi_id, ...row } of seriesPoints.all(p)) {
      const list = points.get(kpi_id) ?? [];
      list.push(toValue(row));
      points.set(kpi_id, list);
    }
    return { stats, points };
  }
  const params = scopeParams;
  const ownedBy = db.prepare<[string, number, number], { n: number }>(
    `SELECT COUNT(*) AS n FROM kpis k JOIN kpi_measures km ON km.kpi_id = k.id JOIN measures m ON m.id = km.measure_id
     WHERE k.slug = ? AND m.archived_at IS NULL AND (m.lead_user_id = ? OR m.deputy_user_id = ?)`,
  );

  return {
    /** The KPIs in field order; with a search text only those it finds, best matches first. */
    list(scope: ReadScope, field?: string, q?: string): KpiSummary[] {
      if (q) {
        const needle = searchNeedle(q);
        // Nothing to search for finds nothing, never everything (the API answers 400 before).
        if (!needle) return [];
        return search.all({ ...params(scope), field: field ?? null, ...searchParams(needle, KPI_SEARCH_COLUMNS) }).map(toSummary);
      }
      return (field ? byField.all({ ...params(scope), field }) : all.all(params(scope))).map(toSummary);
    },
    /**
     * A page of a field's KPIs, each with a sparkline-sized series, the counts of all its values and
     * the trend of all of them.
     */
    fieldPage(scope: ReadScope, field: string, page: { page: number; pageSize: number }) {
      const rows = fieldPage.all({ ...params(scope), field, limit: page.pageSize, offset: (page.page - 1) * page.pageSize });
      const { stats, points } = series(rows.map((r) => r.id), scope.asOf, SPARKLINE_POINTS);
      const items: KpiWithSeries[] = rows.map((row) => {
        const summary = toSummary(row);
        const sized = toSized(summary, stats.get(row.id));
        const drawn = (points.get(row.id) ?? []).map((v) => ({ date: v.date, value: v.value, isExample: v.isExample }));
        return { ...summary, series: drawn, ...sized };
      });
      return { items, total: fieldCount.get({ ...params(scope), field })!.n, ...page };
    },
    /** Whether the KPI belongs to a measure this person leads or deputises. */
    isOwnedBy: (slug: string, userId: number) => ownedBy.get(slug, userId, userId)!.n > 0,
    forMeasure: (measureId: number, scope: ReadScope) => byMeasure.all({ ...params(scope), measureId }).map(toSummary),
    detail(slug: string, scope: ReadScope): KpiDetail | undefined {
      const row = bySlug.get({ ...params(scope), slug });
      if (!row) return undefined;
      const summary = toSummary(row);
      const { stats, points } = series([row.id], scope.asOf, CHART_POINTS);
      const { projection, ...sized } = toSized(summary, stats.get(row.id));
      return {
        ...summary,
        projection,
        frequency: row.frequency,
        interimTargets: interimTargets.all(row.id),
        values: points.get(row.id) ?? [],
        ...sized,
      };
    },
    /** Every value of a KPI up to scope.asOf, newest first, a page at a time; undefined for an unknown KPI. */
    values(slug: string, scope: ReadScope, page: { page: number; pageSize: number }): KpiValuePage | undefined {
      const row = bySlug.get({ ...params(scope), slug });
      if (!row) return undefined;
      const at = { id: row.id, asOf: scope.asOf };
      return {
        items: valuePage.all({ ...at, limit: page.pageSize, offset: (page.page - 1) * page.pageSize }).map(toValue),
        total: valueCount.get(at)!.n,
        ...page,
      };
    },
  };
}
