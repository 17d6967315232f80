import { fieldSignal, type FieldSummary, type SignalThresholds, type StatusCounts, type StrategyResponse } from "@sm/domain";
import type { Db } from "../connection";
import {
  MEASURE_STATE_CTE,
  ROLLUP_COLUMNS,
  scopeParams,
  STATUS_COUNT_COLUMNS,
  thresholdsOf,
  type ReadScope,
  type ScopeParams,
} from "./measure-state";

export interface StrategyRow {
  title: string;
  city: string;
  description: string;
  adopted_on: string;
  horizon_start: string;
  horizon_end: string;
  municipality_key: string | null;
  licence_name: string;
  licence_url: string;
  update_interval_days: number;
  sources_json: string;
  signal_ahead: number;
  signal_on_track: number;
  signal_behind: number;
}

// Named apart from the status counts: "planned" is a status column already.
type RollUpRow = StatusCounts & {
  actual_progress: number | null;
  planned_progress_mean: number | null;
  measure_count: number;
  all_done: number;
};
type FieldRow = RollUpRow & {
  id: number;
  code: string;
  title: string;
  short_title: string;
  description: string;
  colour: string;
  position: number;
  kpi_count: number;
};

function statusCounts(row: StatusCounts): StatusCounts {
  const { planned, in_progress, done, delayed, paused, cancelled } = row;
  return { planned, in_progress, done, delayed, paused, cancelled };
}

export function toProgressSummary(row: RollUpRow, thresholds?: SignalThresholds) {
  const actual = row.actual_progress;
  const planned = row.planned_progress_mean;
  return { actual, planned, signal: fieldSignal({ actual, planned, allDone: row.all_done === 1 }, thresholds) };
}

export function toFieldSummary(row: FieldRow, thresholds?: SignalThresholds): FieldSummary {
  return {
    code: row.code,
    title: row.title,
    shortTitle: row.short_title,
    description: row.description,
    colour: row.colour,
    position: row.position,
    progress: toProgressSummary(row, thresholds),
    statusCounts: statusCounts(row),
    measureCount: row.measure_count,
    kpiCount: row.kpi_count,
  };
}

/** Reads of the strategy and its fields; statements are prepared once per database. */
export function strategyQueries(db: Db) {
  const strategyRow = db.prepare<[], StrategyRow>("SELECT * FROM strategy WHERE id = 1");
  const vocabulary = (table: "target_groups" | "topics") =>
    db.prepare<[], { key: string; label: string }>(`SELECT key, label FROM ${table} ORDER BY position`);
  const targetGroups = vocabulary("target_groups");
  const topics = vocabulary("topics");
  const fieldSelect = `
    WITH ${MEASURE_STATE_CTE}
    SELECT f.id, f.code, f.title, f.short_title, f.description, f.colour, f.position,
           ${ROLLUP_COLUMNS}, ${STATUS_COUNT_COLUMNS},
           (SELECT COUNT(*) FROM kpis k WHERE k.field_id = f.id AND k.archived_at IS NULL
              AND (k.is_public = 1 OR :includeInternal = 1)) AS kpi_count
    FROM fields f LEFT JOIN measure_state s ON s.field_id = f.id`;
  const fields = db.prepare<[ScopeParams], FieldRow>(`${fieldSelect} GROUP BY f.id ORDER BY f.position`);
  const fieldByCode = db.prepare<[ScopeParams & { code: string }], FieldRow>(
    `${fieldSelect} WHERE f.code = :code GROUP BY f.id`,
  );
  const overall = db.prepare<[ScopeParams], RollUpRow>(
    `WITH ${MEASURE_STATE_CTE} SELECT ${ROLLUP_COLUMNS}, ${STATUS_COUNT_COLUMNS} FROM measure_state s`,
  );

  return {
    strategyRow: () => strategyRow.get(),
    fieldSummary(code: string, scope: ReadScope): FieldSummary | undefined {
      const row = fieldByCode.get({ ...scopeParams(scope), code });
      const s = strategyRow.get();
      return row && toFieldSummary(row, s && thresholdsOf(s));
    },
    /** The strategy with its fields rolled up on scope.asOf; undefined for an unseeded database. */
    strategy(scope: ReadScope): StrategyResponse | undefined {
      const s = strategyRow.get();
      if (!s) return undefined;
      const params = scopeParams(scope);
      const all = overall.get(params)!;
      return {
        title: s.title,
        city: s.city,
        description: s.description,
        adoptedOn: s.adopted_on,
        horizon: { start: s.horizon_start, end: s.horizon_end },
        asOf: scope.asOf,
        municipalityKey: s.municipality_key,
        dataLicence: { name: s.licence_name, url: s.licence_url },
        updateIntervalDays: s.update_interval_days,
        signalThresholds: thresholdsOf(s),
        sources: JSON.parse(s.sources_json) as { label: string; url: string }[],
        targetGroups: targetGroups.all(),
        topics: topics.all(),
        progress: toProgressSummary(all, thresholdsOf(s)),
        statusCounts: statusCounts(all),
        fields: fields.all(params).map((f) => toFieldSummary(f, thresholdsOf(s))),
      };
    },
  };
}
