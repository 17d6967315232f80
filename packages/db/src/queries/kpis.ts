import {
  directionSchema,
  kpiAttainment,
  projectKpi,
  searchNeedle,
  type KpiDetail,
  type KpiSummary,
  type KpiValue,
  type KpiWithSeries,
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
  const values = db.prepare<[number, string], ValueRow>(
    `SELECT ${VALUE_COLUMNS} FROM kpi_values WHERE kpi_id = ? AND date <= ? ORDER BY date, id`,
  );
  // All values of a field's KPIs in one statement, grouped per KPI below: no query per KPI.
  const fieldSeries = db.prepare<[P & { field: string }], { slug: string; date: string; value: number; is_example: number }>(
    `SELECT k.slug, v.date, v.value, v.is_example FROM kpi_values v
     JOIN kpis k ON k.id = v.kpi_id JOIN fields f ON f.id = k.field_id
     WHERE f.code = :field AND v.date <= :asOf AND ${VISIBLE_KPI}
     ORDER BY v.kpi_id, v.date, v.id`,
  );
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
    /** The KPIs of a field, each with its values for a trend line. */
    listWithSeries(scope: ReadScope, field: string): KpiWithSeries[] {
      const bySlug = new Map<string, KpiWithSeries["series"]>();
      for (const v of fieldSeries.all({ ...params(scope), field })) {
        const list = bySlug.get(v.slug) ?? [];
        list.push({ date: v.date, value: v.value, isExample: v.is_example === 1 });
        bySlug.set(v.slug, list);
      }
      return byField.all({ ...params(scope), field }).map((row) => {
        const summary = toSummary(row);
        const series = bySlug.get(row.slug) ?? [];
        return { ...summary, series, projection: projectKpi({ direction: summary.direction, target: summary.target, values: series }) };
      });
    },
    /** Whether the KPI belongs to a measure this person leads or deputises. */
    isOwnedBy: (slug: string, userId: number) => ownedBy.get(slug, userId, userId)!.n > 0,
    forMeasure: (measureId: number, scope: ReadScope) => byMeasure.all({ ...params(scope), measureId }).map(toSummary),
    detail(slug: string, scope: ReadScope): KpiDetail | undefined {
      const row = bySlug.get({ ...params(scope), slug });
      if (!row) return undefined;
      const summary = toSummary(row);
      const allValues = values.all(row.id, scope.asOf).map(toValue);
      return {
        ...summary,
        projection: projectKpi({ direction: summary.direction, target: summary.target, values: allValues }),
        frequency: row.frequency,
        interimTargets: interimTargets.all(row.id),
        values: allValues,
      };
    },
  };
}
