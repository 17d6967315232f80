import {
  onTrackSignal,
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

interface MeasureRow {
  id: number;
  code: string;
  title: string;
  summary: string;
  description: string;
  department: string;
  planned_start: string;
  planned_end: string;
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
    AND (:q IS NULL OR fold(s.code || ' ' || s.title || ' ' || s.summary || ' ' || s.description) LIKE :q ESCAPE '\\')
    AND (:updateDue IS NULL OR :updateDue = update_due(s.status, s.last_update, s.planned_start, s.as_of, s.update_interval_days))`;

const STATUS_ORDER = `CASE s.status ${STATUS_KEYS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(" ")} END`;

/** Whitelisted ORDER BY expressions; the code breaks ties so paging is stable. */
const SORT_SQL: Record<MeasureListQuery["sort"], string> = {
  code: "s.code",
  title: "s.title COLLATE NOCASE",
  status: STATUS_ORDER,
  progress: "s.progress",
  plannedEnd: "s.planned_end",
  lastUpdate: "COALESCE(s.last_update, '')",
};

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

function likePattern(q: string | undefined): string | null {
  if (!q) return null;
  return `%${q.toLocaleLowerCase("de-DE").replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function measureQueries(db: Db) {
  const byCode = db.prepare(`WITH ${MEASURE_STATE_CTE} ${SELECT_ITEMS} WHERE s.code = :code`);
  const listStatements = new Map(
    Object.entries(SORT_SQL).flatMap(([key, expr]) =>
      (["asc", "desc"] as const).map((order) => [
        `${key}:${order}`,
        db.prepare(
          `WITH ${MEASURE_STATE_CTE} ${SELECT_ITEMS} ${FILTERS}
           ORDER BY ${expr} ${order}, s.code ASC LIMIT :limit OFFSET :offset`,
        ),
      ]),
    ),
  );
  const mine = db.prepare(
    `WITH ${MEASURE_STATE_CTE} ${SELECT_ITEMS}
     WHERE s.lead_user_id = :viewerId OR s.deputy_user_id = :viewerId ORDER BY s.code`,
  );
  const milestones = db.prepare<[number], { id: number; title: string; plannedDate: string; completedDate: string | null }>(
    `SELECT id, title, planned_date AS plannedDate, completed_date AS completedDate
     FROM milestones WHERE measure_id = ? ORDER BY position`,
  );
  const history = db.prepare<[number, string], HistoryEntry>(
    `SELECT date, status, progress, comment, reason FROM measure_updates
     WHERE measure_id = ? AND date <= ? ORDER BY date DESC, id DESC`,
  );

  return {
    list(query: MeasureListQuery, scope: ReadScope): MeasureListResponse {
      const stmt = listStatements.get(`${query.sort}:${query.order}`)!;
      const rows = stmt.all({
        ...scopeParams(scope),
        field: query.field ?? null,
        status: query.status ?? null,
        targetGroup: query.targetGroup ?? null,
        topic: query.topic ?? null,
        q: likePattern(query.q),
        updateDue: query.updateDue === undefined ? null : query.updateDue === "true" ? 1 : 0,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      }) as MeasureRow[];
      return {
        items: rows.map(toMeasureListItem),
        // With a page past the end there are no rows to carry the window count; count again then.
        total: rows[0]?.total ?? (query.page > 1 ? this.list({ ...query, page: 1 }, scope).total : 0),
        page: query.page,
        pageSize: query.pageSize,
      };
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
        // A milestone completed after the date asked for was still open then.
        milestones: milestones
          .all(row.id)
          .map((m) => (m.completedDate && m.completedDate > scope.asOf ? { ...m, completedDate: null } : m)),
        history: history.all(row.id, scope.asOf),
      };
    },
  };
}
