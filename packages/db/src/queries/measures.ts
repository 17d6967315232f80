import {
  MEASURE_SORT_KEYS,
  onTrackSignal,
  searchNeedle,
  SIGNAL_KEYS,
  staleness,
  STATUS_KEYS,
  statusSchema,
  type HistoryEntry,
  type MeasureListItem,
  type MeasureListQuery,
  type MeasureListResponse,
} from "@sm/domain";
import type { Db } from "../connection";
import { MEASURE_STATE_CTE, scopeParams, thresholdsOf, type ReadScope } from "./measure-state";
import { milestoneExisted, milestonePlanColumns } from "./plan-state";
import { planChangeQueries } from "./plan-changes";
import { MEASURE_SEARCH_COLUMNS, searchParams } from "./search";

interface MeasureRow {
  id: number;
  code: string;
  title: string;
  summary: string;
  description: string;
  department: string;
  planned_start: string;
  planned_end: string;
  baseline_start: string;
  baseline_end: string;
  plan_revisions: number;
  actual_start: string | null;
  actual_end: string | null;
  is_public: number;
  lead_user_id: number | null;
  deputy_user_id: number | null;
  risk: string;
  version: number;
  status: string;
  progress: number;
  planned_progress: number;
  last_update: string | null;
  status_reason: string;
  as_of: string;
  update_interval_days: number;
  signal_ahead: number;
  signal_on_track: number;
  signal_behind: number;
  field_code: string;
  field_title: string;
  field_short_title: string;
  target_groups: string;
  topics: string;
  total: number;
}

const SELECT_ITEMS = `
  SELECT s.*, f.code AS field_code, f.title AS field_title, f.short_title AS field_short_title,
         (SELECT json_group_array(group_key) FROM measure_target_groups WHERE measure_id = s.id) AS target_groups,
         (SELECT json_group_array(topic_key) FROM measure_topics WHERE measure_id = s.id) AS topics,
         COUNT(*) OVER () AS total
  FROM measure_state s JOIN fields f ON f.id = s.field_id`;

/** Filters are written so an absent parameter (NULL) matches everything: one statement for all combinations. */
const FILTERS = `
  WHERE (:field IS NULL OR f.code = :field)
    AND (:status IS NULL OR s.status = :status)
    AND (:targetGroup IS NULL OR EXISTS (
          SELECT 1 FROM measure_target_groups g WHERE g.measure_id = s.id AND g.group_key = :targetGroup))
    AND (:topic IS NULL OR EXISTS (
          SELECT 1 FROM measure_topics t WHERE t.measure_id = s.id AND t.topic_key = :topic))
    AND (:updateDue IS NULL OR :updateDue = update_due(s.status, s.last_update, s.planned_start, s.as_of, s.update_interval_days))`;

/**
 * The measures a search finds, with what ranks them: a hit in code or title first, then bm25 with
 * column weights (code, title, summary, description, department, head_words, body_words).
 */
const MEASURE_HITS = `
  measure_hits AS MATERIALIZED (
    SELECT rowid AS id,
           CASE WHEN :wholeWord = 1 THEN instr(head_words, :needle) > 0
                ELSE instr(code, :needle) > 0 OR instr(title, :needle) > 0 END AS in_title,
           bm25(measure_search, 8, 10, 4, 2, 1, 10, 3) AS score
    FROM measure_search WHERE measure_search MATCH :match
  )`;

const STATUS_ORDER = `CASE s.status ${STATUS_KEYS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(" ")} END`;

/** onTrackSignal (domain/progress.ts) in SQL, for sorting by signal: a delayed measure is at best behind. */
const SIGNAL_SQL = `CASE WHEN s.status = 'done' THEN 'done' WHEN s.status = 'cancelled' THEN 'cancelled'
  WHEN s.planned_progress <= 0 AND s.progress <= 0 THEN 'not_started'
  WHEN s.status <> 'delayed' AND s.progress - s.planned_progress >= s.signal_ahead THEN 'ahead'
  WHEN s.status <> 'delayed' AND s.progress - s.planned_progress >= s.signal_on_track THEN 'on_track'
  WHEN s.progress - s.planned_progress >= s.signal_behind THEN 'behind'
  ELSE 'critical' END`;
const SIGNAL_ORDER = `CASE ${SIGNAL_SQL} ${SIGNAL_KEYS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(" ")} END`;

type SortKey = NonNullable<MeasureListQuery["sort"]>;
type Order = MeasureListQuery["order"];

/** Whitelisted ORDER BY expressions; the code breaks ties so paging is stable. */
const SORT_SQL: Record<Exclude<SortKey, "relevance">, string> = {
  code: "s.code",
  title: "s.title COLLATE NOCASE",
  status: STATUS_ORDER,
  progress: "s.progress",
  plannedEnd: "s.planned_end",
  signal: SIGNAL_ORDER,
  lastUpdate: "COALESCE(s.last_update, '')",
};

function orderBy(sort: SortKey, order: Order, searching: boolean): string {
  // Relevance ascending means best first; without a search there is nothing to rank, so by code.
  if (sort === "relevance") {
    if (!searching) return `s.code ${order}`;
    return order === "asc" ? "h.in_title DESC, h.score ASC, s.code ASC" : "h.in_title ASC, h.score DESC, s.code ASC";
  }
  return `${SORT_SQL[sort]} ${order}, s.code ASC`;
}

export function toMeasureListItem(row: MeasureRow): MeasureListItem {
  const status = statusSchema.parse(row.status);
  return {
    code: row.code,
    title: row.title,
    summary: row.summary,
    field: { code: row.field_code, title: row.field_title, shortTitle: row.field_short_title },
    status,
    progress: row.progress,
    plannedProgress: row.planned_progress,
    signal: onTrackSignal({ status, actual: row.progress, planned: row.planned_progress }, thresholdsOf(row)),
    statusReason: row.status_reason,
    isPublic: row.is_public === 1,
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    baseline: { start: row.baseline_start, end: row.baseline_end },
    planRevisions: row.plan_revisions,
    lastUpdate: row.last_update,
    ...staleness({
      status,
      lastUpdate: row.last_update,
      plannedStart: row.planned_start,
      today: row.as_of,
      intervalDays: row.update_interval_days,
    }),
    targetGroups: JSON.parse(row.target_groups) as string[],
    topics: JSON.parse(row.topics) as string[],
  };
}

export function measureQueries(db: Db) {
  const byCode = db.prepare(`WITH ${MEASURE_STATE_CTE} ${SELECT_ITEMS} WHERE s.code = :code`);
  // Every combination of sort, order and with or without search, prepared once.
  const listStatements = new Map(
    MEASURE_SORT_KEYS.flatMap((sort) =>
      (["asc", "desc"] as const).flatMap((order) =>
        [false, true].map((searching) => [
          `${sort}:${order}:${searching}`,
          db.prepare(
            searching
              ? `WITH ${MEASURE_STATE_CTE}, ${MEASURE_HITS} ${SELECT_ITEMS} JOIN measure_hits h ON h.id = s.id ${FILTERS}
                 ORDER BY ${orderBy(sort, order, true)} LIMIT :limit OFFSET :offset`
              : `WITH ${MEASURE_STATE_CTE} ${SELECT_ITEMS} ${FILTERS}
                 ORDER BY ${orderBy(sort, order, false)} LIMIT :limit OFFSET :offset`,
          ),
        ]),
      ),
    ),
  );
  const mine = db.prepare(
    `WITH ${MEASURE_STATE_CTE} ${SELECT_ITEMS}
     WHERE s.lead_user_id = :viewerId OR s.deputy_user_id = :viewerId ORDER BY s.code`,
  );
  const milestones = db.prepare<
    [{ id: number; asOf: string }],
    { id: number; title: string; plannedDate: string; baselineDate: string; completedDate: string | null }
  >(
    `SELECT ms.id, ms.title, ${milestonePlanColumns("ms", ":asOf")},
            CASE WHEN ms.completed_date <= :asOf THEN ms.completed_date END AS completedDate
     FROM milestones ms WHERE ms.measure_id = :id AND ${milestoneExisted("ms", ":asOf")} ORDER BY ms.position`,
  );
  const planChanges = planChangeQueries(db);
  const history = db.prepare<[number, string], HistoryEntry>(
    `SELECT date, status, progress, comment, reason FROM measure_updates
     WHERE measure_id = ? AND date <= ? ORDER BY date DESC, id DESC`,
  );

  return {
    /** Without `sort`, a search ranks by relevance and a plain list sorts by code. */
    list(query: MeasureListQuery, scope: ReadScope): MeasureListResponse {
      const needle = query.q ? searchNeedle(query.q) : null;
      // A query with nothing to search for finds nothing, never everything (the API answers 400 before).
      if (query.q && !needle) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      const sort = query.sort ?? (needle ? "relevance" : "code");
      const stmt = listStatements.get(`${sort}:${query.order}:${needle !== null}`)!;
      const rows = stmt.all({
        ...scopeParams(scope),
        ...(needle ? searchParams(needle, MEASURE_SEARCH_COLUMNS) : {}),
        field: query.field ?? null,
        status: query.status ?? null,
        targetGroup: query.targetGroup ?? null,
        topic: query.topic ?? null,
        updateDue: query.updateDue === undefined ? null : query.updateDue === "true" ? 1 : 0,
        // SQLite reads a negative LIMIT as "no limit": the unpaged reads below.
        limit: query.pageSize,
        offset: Math.max(0, (query.page - 1) * query.pageSize),
      }) as MeasureRow[];
      return {
        items: rows.map(toMeasureListItem),
        // With a page past the end there are no rows to carry the window count; count again then.
        total: rows[0]?.total ?? (query.page > 1 ? this.list({ ...query, page: 1 }, scope).total : 0),
        page: query.page,
        pageSize: query.pageSize,
      };
    },
    /**
     * Every measure the filters match, unpaged: for a field's page and the snapshots of /changes,
     * which must never stop silently at some count however large the city.
     */
    all(filters: Pick<MeasureListQuery, "field">, scope: ReadScope): MeasureListItem[] {
      return this.list({ ...filters, sort: "code", order: "asc", page: 1, pageSize: -1 }, scope).items;
    },
    /** The measures a person leads or deputises, with the version their update form starts from. */
    mine(scope: ReadScope & { viewerId: number }) {
      return (mine.all(scopeParams(scope)) as MeasureRow[]).map((row) => ({
        ...toMeasureListItem(row),
        role: row.lead_user_id === scope.viewerId ? ("lead" as const) : ("deputy" as const),
        version: row.version,
      }));
    },
    detail(code: string, scope: ReadScope) {
      const row = byCode.get({ ...scopeParams(scope), code }) as MeasureRow | undefined;
      if (!row) return undefined;
      return {
        id: row.id,
        /** internal fields: only the audience serializer decides who gets them */
        restricted: {
          isPublic: row.is_public === 1,
          leadUserId: row.lead_user_id,
          deputyUserId: row.deputy_user_id,
          risk: row.risk,
          version: row.version,
        },
        ...toMeasureListItem(row),
        description: row.description,
        department: row.department,
        actualStart: row.actual_start && row.actual_start <= scope.asOf ? row.actual_start : null,
        actualEnd: row.actual_end && row.actual_end <= scope.asOf ? row.actual_end : null,
        // A milestone completed after the date asked for was still open then (SQL blanks it).
        milestones: milestones.all({ id: row.id, asOf: scope.asOf }),
        history: history.all(row.id, scope.asOf),
        planChanges: planChanges.forMeasure(row.id, scope.asOf),
      };
    },
  };
}
