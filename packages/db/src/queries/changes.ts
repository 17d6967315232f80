import {
  CHANGES_PAGE_SIZE,
  CHANGES_SUMMARY_LIMIT,
  dayNumber,
  momentsFromSums,
  onTrackSignal,
  projectMoments,
  staleness,
  type ChangeItem,
  type ChangeKind,
  type ChangesListResponse,
  type ChangesResponse,
  type Direction,
  type FieldChanges,
  type KpiPoint,
  type Status,
} from "@sm/domain";
import type { Db } from "../connection";
import { MEASURE_STATE_CTE, scopeParams, thresholdsOf, VISIBLE_MEASURE, type ReadScope } from "./measure-state";
import { VISIBLE_KPI } from "./kpis";
import { planChangeQueries } from "./plan-changes";

const LATE = new Set(["behind", "critical"]);
export const PROGRESS_THRESHOLD = 10;

/** Which entries of a list to keep: the first `limit` after `offset`, in the list's order. */
interface Window {
  offset: number;
  limit: number;
}
/** A list cut to its window, with the number of entries the whole list has. */
interface Cut<T> {
  items: T[];
  total: number;
}
const cut = <T>(all: readonly T[], w: Window): Cut<T> => ({ items: all.slice(w.offset, w.offset + w.limit), total: all.length });

type Scope = Omit<ReadScope, "asOf">;
type Params = { includeInternal: 0 | 1; viewerId: number | null; from: string; to: string; field: string | null };

/**
 * Status changes in (from, to] with the status before each: only the updates of the period are read,
 * each looking up the one before it in the index (so the first update inside the period still sees
 * the one before the period). Numbered per field in date order (all changes, and the completions
 * among them) so only the entries shown leave the database.
 */
const STATUS_CHANGES_SQL = `
  SELECT * FROM (
    SELECT *, ROW_NUMBER() OVER w AS n, COUNT(*) OVER f AS total,
           SUM(status = 'done') OVER w AS done_n, SUM(status = 'done') OVER f AS done_total
    FROM (
      SELECT m.code, m.title, m.is_public, f.code AS field, u.id, u.date, u.status, u.reason,
             COALESCE((
               SELECT p.status FROM measure_updates p
               WHERE p.measure_id = u.measure_id AND (p.date < u.date OR (p.date = u.date AND p.id < u.id))
               ORDER BY p.date DESC, p.id DESC LIMIT 1
             ), 'planned') AS previous
      FROM measure_updates u JOIN measures m ON m.id = u.measure_id JOIN fields f ON f.id = m.field_id
      WHERE u.date > :from AND u.date <= :to AND m.archived_at IS NULL AND (${VISIBLE_MEASURE})
        AND (:field IS NULL OR f.code = :field)
    )
    WHERE status <> previous
    WINDOW f AS (PARTITION BY field), w AS (PARTITION BY field ORDER BY date, code, id)
  )
  -- The first row of a field carries its totals even when the window lies past the list's end.
  WHERE n = 1 OR (n > :offset AND n <= :offset + :limit) OR (status = 'done' AND done_n > :offset AND done_n <= :offset + :limit)
  ORDER BY date, code, id`;

/**
 * What a snapshot of the measures needs for the comparisons: far less than a list entry. Title and
 * flag only on the later date (:withRef), where an entry is made from them; the strategy's
 * thresholds and update interval are the same for every row and read once.
 */
const SNAPSHOT_SQL = `
  WITH ${MEASURE_STATE_CTE}
  SELECT s.code, s.status, s.progress, s.planned_progress, s.last_update, s.planned_start, f.code AS field,
         CASE WHEN :withRef = 1 THEN s.title END AS title, s.is_public
  FROM measure_state s JOIN fields f ON f.id = s.field_id
  WHERE (:field IS NULL OR f.code = :field)
  ORDER BY s.code`;
interface SnapshotRow {
  code: string;
  status: Status;
  progress: number;
  planned_progress: number;
  last_update: string | null;
  planned_start: string;
  field: string;
  title: string | null;
  is_public: number;
}

const POINT = (v: string) =>
  `json_object('date', ${v}.date, 'value', ${v}.value, 'sourceUrl', ${v}.source_url, 'sourceLabel', ${v}.source_label, 'isExample', json(CASE ${v}.is_example WHEN 1 THEN 'true' ELSE 'false' END))`;

/** The running sums (migration 0011) of a KPI's values up to a date: the row of its latest value then. */
const sumsOn = (alias: string, date: string) => `
  LEFT JOIN kpi_value_sums ${alias} ON (${alias}.kpi_id, ${alias}.date, ${alias}.value_id) = (
    SELECT kpi_id, date, value_id FROM kpi_value_sums
    WHERE kpi_id = k.id AND date <= ${date} ORDER BY date DESC, value_id DESC LIMIT 1)`;

/** The sums of a trend with x counted in days from :origin, in whole-number SQL arithmetic where it can be exact. */
const trendColumns = (a: string, suffix: string) => `
  ${a}.n AS n${suffix}, ${a}.sx - ${a}.n * :origin AS sx${suffix}, ${a}.sy AS sy${suffix},
  ${a}.sxx - 2 * :origin * ${a}.sx + ${a}.n * :origin * :origin AS sxx${suffix}, ${a}.sxy - :origin * ${a}.sy AS sxy${suffix}`;

/**
 * Per visible KPI with new values in (from, to]: how many, the first and the latest of them and the
 * value before, and the sums of a least-squares trend through its values up to :from and up to :to.
 * Each is a look-up in an index (the running sums of migration 0011), none reads the history.
 */
const KPI_SQL = `
  SELECT k.slug, k.title, k.unit, k.decimals, k.direction, f.code AS field, t.date AS target_date, t.value AS target_value,
         s1.n - COALESCE(s0.n, 0) AS new_count, s1.examples > 0 AS any_example,
         ${trendColumns("s1", "1")}, ${trendColumns("s0", "0")},
         (SELECT ${POINT("v")} FROM kpi_values v WHERE v.kpi_id = k.id AND v.date > :from AND v.date <= :to
          ORDER BY v.date, v.id LIMIT 1) AS first_json,
         (SELECT ${POINT("v")} FROM kpi_values v WHERE v.id = s1.value_id) AS latest_json,
         (SELECT ${POINT("v")} FROM kpi_values v WHERE v.id = s0.value_id) AS previous_json,
         (SELECT MIN(date) FROM kpi_values v WHERE v.kpi_id = k.id) AS first_date
  FROM kpis k JOIN fields f ON f.id = k.field_id
  JOIN kpi_targets t ON t.kpi_id = k.id AND t.is_final = 1
  ${sumsOn("s1", ":to")}
  ${sumsOn("s0", ":from")}
  WHERE ${VISIBLE_KPI} AND (:field IS NULL OR f.code = :field) AND s1.n - COALESCE(s0.n, 0) > 0
  ORDER BY k.id`;
interface KpiRow {
  slug: string;
  title: string;
  unit: string;
  decimals: number;
  direction: Direction;
  field: string;
  target_date: string;
  target_value: number;
  new_count: number;
  any_example: number;
  n1: number; sx1: number; sy1: number; sxx1: number; sxy1: number;
  n0: number | null; sx0: number | null; sy0: number | null; sxx0: number | null; sxy0: number | null;
  first_date: string;
  first_json: string;
  latest_json: string;
  previous_json: string | null;
}

/**
 * What changed between two dates, per field: status changes and notes from the history, progress,
 * lateness and staleness from two snapshots of the measures, plan revisions, and per KPI a summary of
 * its new values and whether its trend turned, all counted and cut in SQL. A fixed number of
 * statements, and no list of every KPI value: the answer grows with what it shows, each list of the
 * summary with at most CHANGES_SUMMARY_LIMIT entries beside its total.
 */
export function changesQueries(db: Db) {
  const planChanges = planChangeQueries(db);
  const fields = db.prepare<[], { id: number; code: string; title: string }>("SELECT id, code, title FROM fields ORDER BY position");
  const statusChanges = db.prepare<[Params & Window]>(STATUS_CHANGES_SQL);
  const snapshot = db.prepare<[{ asOf: string; includeInternal: 0 | 1; viewerId: number | null; field: string | null; withRef: 0 | 1 }], SnapshotRow>(SNAPSHOT_SQL);
  const strategy = db.prepare<[], { update_interval_days: number; signal_ahead: number; signal_on_track: number; signal_behind: number }>(
    "SELECT update_interval_days, signal_ahead, signal_on_track, signal_behind FROM strategy",
  );
  const notes = db.prepare(
    `SELECT m.code, m.title, m.is_public, f.code AS field, u.date, u.internal_note AS note, a.name AS author
     FROM measure_updates u JOIN measures m ON m.id = u.measure_id JOIN fields f ON f.id = m.field_id
     LEFT JOIN users a ON a.id = u.author_user_id
     WHERE u.internal_note <> '' AND u.date > :from AND u.date <= :to AND m.archived_at IS NULL
       AND (:field IS NULL OR f.code = :field)
     ORDER BY u.date, m.code`,
  );
  const kpis = db.prepare<[Params & { origin: number }], KpiRow>(KPI_SQL);

  type Lists = { [K in ChangeKind]: Map<string, Cut<ChangeItem<K>>> };
  const byField = <T>(rows: Iterable<[string, T]>, w: Window): Map<string, Cut<T>> => {
    const all = new Map<string, T[]>();
    for (const [field, item] of rows) {
      const list = all.get(field);
      if (list) list.push(item);
      else all.set(field, [item]);
    }
    return new Map([...all].map(([field, list]) => [field, cut(list, w)]));
  };

  /** The lists of every field (or of one), each cut to the window; internal notes only when in scope. */
  function lists(from: string, to: string, scope: Scope, field: string | null, w: Window, only?: ChangeKind): Partial<Lists> {
    const params: Params = { ...scopeParams({ ...scope, asOf: to }), from, to, field };
    const { asOf: _, ...scopeOnly } = scopeParams({ ...scope, asOf: to });
    const wants = (kind: ChangeKind) => only === undefined || only === kind;
    const out: Partial<Lists> = {};

    if (wants("statusChanges") || wants("completed")) {
      const rows = statusChanges.all({ ...params, ...w }) as {
        code: string; title: string; is_public: number; field: string; date: string; status: Status; previous: Status; reason: string;
        n: number; total: number; done_n: number; done_total: number;
      }[];
      const status = new Map<string, Cut<ChangeItem<"statusChanges">>>();
      const completed = new Map<string, Cut<ChangeItem<"completed">>>();
      const totals = new Map<string, { total: number; done: number }>();
      for (const row of rows) {
        const ref = { code: row.code, title: row.title, isPublic: row.is_public === 1 };
        totals.set(row.field, { total: row.total, done: row.done_total });
        if (row.n > w.offset && row.n <= w.offset + w.limit) {
          const list = status.get(row.field) ?? { items: [], total: row.total };
          list.items.push({ ...ref, date: row.date, from: row.previous, to: row.status, reason: row.reason });
          status.set(row.field, list);
        }
        if (row.status === "done" && row.done_n > w.offset && row.done_n <= w.offset + w.limit) {
          const list = completed.get(row.field) ?? { items: [], total: row.done_total };
          list.items.push({ ...ref, date: row.date });
          completed.set(row.field, list);
        }
      }
      // A field whose window holds none of its entries (a page past the end) still has its totals.
      for (const [f, t] of totals) {
        if (!status.has(f)) status.set(f, { items: [], total: t.total });
        if (!completed.has(f)) completed.set(f, { items: [], total: t.done });
      }
      out.statusChanges = status;
      out.completed = completed;
    }

    if (wants("progressChanges") || wants("becameLate") || wants("becameStale")) {
      const st = strategy.get()!;
      const thresholds = thresholdsOf(st);
      // The status column only holds the six statuses (CHECK in migration 0001).
      const signal = (r: SnapshotRow) => onTrackSignal({ status: r.status, actual: r.progress, planned: r.planned_progress }, thresholds);
      const stale = (r: SnapshotRow, today: string) =>
        staleness({ status: r.status, lastUpdate: r.last_update, plannedStart: r.planned_start, today, intervalDays: st.update_interval_days });
      const before = new Map(snapshot.all({ ...scopeOnly, asOf: from, field, withRef: 0 }).map((r) => [r.code, r]));
      const progress: [string, ChangeItem<"progressChanges">][] = [];
      const late: [string, ChangeItem<"becameLate">][] = [];
      const becameStale: [string, ChangeItem<"becameStale">][] = [];
      // The earlier state is worked out only where the later one makes a change possible.
      for (const now of snapshot.iterate({ ...scopeOnly, asOf: to, field, withRef: 1 })) {
        const then = before.get(now.code);
        const ref = () => ({ code: now.code, title: now.title!, isPublic: now.is_public === 1 });
        if (then && Math.abs(now.progress - then.progress) >= PROGRESS_THRESHOLD) progress.push([now.field, { ...ref(), from: then.progress, to: now.progress }]);
        const nowSignal = signal(now);
        if (then && LATE.has(nowSignal)) {
          const thenSignal = signal(then);
          if (!LATE.has(thenSignal)) late.push([now.field, { ...ref(), from: thenSignal, to: nowSignal }]);
        }
        const nowStale = stale(now, to);
        if (nowStale.updateDue && !(then && stale(then, from).updateDue)) {
          becameStale.push([now.field, { ...ref(), lastUpdate: now.last_update, daysSinceUpdate: nowStale.daysSinceUpdate }]);
        }
      }
      out.progressChanges = byField(progress, w);
      out.becameLate = byField(late, w);
      out.becameStale = byField(becameStale, w);
    }

    if (wants("replanned")) {
      // One entry per measure, its revisions in date order.
      const replanned = new Map<string, [string, ChangeItem<"replanned">]>();
      for (const r of planChanges.between(from, to, scopeOnly)) {
        if (field !== null && r.field !== field) continue;
        const entry = replanned.get(r.code);
        if (entry) entry[1].changes.push(...r.changes);
        else replanned.set(r.code, [r.field, { code: r.code, title: r.title, isPublic: r.isPublic, changes: r.changes }]);
      }
      out.replanned = byField(replanned.values(), w);
    }

    if (scope.includeInternal && wants("internalNotes")) {
      const rows = notes.all(params) as { code: string; title: string; is_public: number; field: string; date: string; note: string; author: string | null }[];
      out.internalNotes = byField(
        rows.map((n) => [n.field, { code: n.code, title: n.title, isPublic: n.is_public === 1, date: n.date, note: n.note, author: n.author }]),
        w,
      );
    }

    if (wants("newKpiValues") || wants("projectionTurned")) {
      const values: [string, ChangeItem<"newKpiValues">][] = [];
      const turned: [string, ChangeItem<"projectionTurned">][] = [];
      const originX = dayNumber(to);
      for (const k of kpis.all({ ...params, origin: originX })) {
        const kpi = { id: k.slug, title: k.title, unit: k.unit, decimals: k.decimals };
        values.push([k.field, {
          ...kpi,
          count: k.new_count,
          first: JSON.parse(k.first_json) as KpiPoint,
          latest: JSON.parse(k.latest_json) as KpiPoint,
          previous: k.previous_json === null ? null : (JSON.parse(k.previous_json) as KpiPoint),
        }]);
        // Only a KPI with new values can turn: without, the trend then and now is the same line.
        const target = { date: k.target_date, value: k.target_value };
        const trend = (m: ReturnType<typeof momentsFromSums>) => (m ? projectMoments({ direction: k.direction, target, moments: m }) : null);
        // The line starts at the KPI's first value, then as now (the date does not change the verdict).
        const minX = dayNumber(k.first_date) - originX;
        const then = trend(momentsFromSums({ originX, n: k.n0 ?? 0, sumX: k.sx0 ?? 0, sumY: k.sy0 ?? 0, sumXX: k.sxx0 ?? 0, sumXY: k.sxy0 ?? 0, minX }));
        const now = trend(momentsFromSums({ originX, n: k.n1, sumX: k.sx1, sumY: k.sy1, sumXX: k.sxx1, sumXY: k.sxy1, minX }));
        if (then?.reachesTarget && now && !now.reachesTarget) {
          turned.push([k.field, {
            ...kpi, targetDate: k.target_date, valueAtTarget: now.valueAtTarget, targetValue: k.target_value, basedOnExample: k.any_example === 1,
          }]);
        }
      }
      out.newKpiValues = byField(values, w);
      out.projectionTurned = byField(turned, w);
    }
    return out;
  }

  return {
    /** Every field's changes, each list cut to its first CHANGES_SUMMARY_LIMIT entries beside its total. */
    between(from: string, to: string, scope: Scope, since: ChangesResponse["since"]): ChangesResponse {
      const found = lists(from, to, scope, null, { offset: 0, limit: CHANGES_SUMMARY_LIMIT });
      const of = <K extends ChangeKind>(kind: K, code: string): Cut<ChangeItem<K>> =>
        (found[kind] as Map<string, Cut<ChangeItem<K>>> | undefined)?.get(code) ?? { items: [], total: 0 };
      const result = fields.all().map((f): FieldChanges => {
        const get = <K extends ChangeKind>(kind: K) => of(kind, f.code);
        const notes = scope.includeInternal ? get("internalNotes") : undefined;
        return {
          code: f.code,
          title: f.title,
          statusChanges: get("statusChanges").items,
          progressChanges: get("progressChanges").items,
          completed: get("completed").items,
          becameLate: get("becameLate").items,
          replanned: get("replanned").items,
          becameStale: get("becameStale").items,
          newKpiValues: get("newKpiValues").items,
          projectionTurned: get("projectionTurned").items,
          ...(notes ? { internalNotes: notes.items } : {}),
          totals: {
            statusChanges: get("statusChanges").total,
            progressChanges: get("progressChanges").total,
            completed: get("completed").total,
            becameLate: get("becameLate").total,
            replanned: get("replanned").total,
            becameStale: get("becameStale").total,
            newKpiValues: get("newKpiValues").total,
            projectionTurned: get("projectionTurned").total,
            ...(notes ? { internalNotes: notes.total } : {}),
          },
        };
      });
      return { from, to, since, progressThreshold: PROGRESS_THRESHOLD, fields: result };
    },

    /**
     * One page of one list of one field, CHANGES_PAGE_SIZE entries. Undefined for a field that does
     * not exist; internal notes only in a scope that includes them (the route checks first).
     */
    page(from: string, to: string, scope: Scope, field: string, kind: ChangeKind, page: number): ChangesListResponse | undefined {
      const f = fields.all().find((x) => x.code === field);
      if (!f) return undefined;
      const w = { offset: (page - 1) * CHANGES_PAGE_SIZE, limit: CHANGES_PAGE_SIZE };
      const list = (lists(from, to, scope, field, w, kind)[kind]?.get(field) ?? { items: [], total: 0 }) as Cut<never>;
      return {
        from, to, field: { code: f.code, title: f.title }, kind, progressThreshold: PROGRESS_THRESHOLD,
        page, pageSize: CHANGES_PAGE_SIZE, total: list.total, items: list.items,
      } as ChangesListResponse;
    },
  };
}

/** The committee session a "since the last session" period starts at: the latest one before `date`. */
export function committeeSessionQueries(db: Db) {
  const lastBefore = db.prepare<[string], { date: string; title: string }>(
    "SELECT date, title FROM committee_sessions WHERE date < ? ORDER BY date DESC LIMIT 1",
  );
  const all = db.prepare<[], { date: string; title: string }>("SELECT date, title FROM committee_sessions ORDER BY date");
  return { lastBefore: (date: string) => lastBefore.get(date), all: () => all.all() };
}
