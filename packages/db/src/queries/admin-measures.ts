import type { AdminKpi, AdminMeasureDetail } from "@sm/domain";
import type { Db } from "../connection";

export interface AdminMeasureRow {
  code: string;
  title: string;
  field: string;
  isPublic: boolean;
  archived: boolean;
  version: number;
  status: string;
  progress: number;
  lead: { id: number; name: string } | null;
  deputy: { id: number; name: string } | null;
  /** no project lead, or one who was deactivated: "Projektleitung offen", on the administrators' to-do list */
  leadOpen: boolean;
}

/** Every measure, internal and archived ones included, as the administration list shows them. */
export function adminMeasureQueries(db: Db) {
  const list = db.prepare(
    `SELECT m.code, m.title, f.code AS field, m.is_public, m.archived_at, m.version,
            COALESCE(u.status, 'planned') AS status, COALESCE(u.progress, 0) AS progress,
            l.id AS lead_id, l.name AS lead_name, d.id AS deputy_id, d.name AS deputy_name,
            l.id IS NULL OR l.is_active = 0 AS lead_open
     FROM measures m JOIN fields f ON f.id = m.field_id
     LEFT JOIN users l ON l.id = m.lead_user_id
     LEFT JOIN users d ON d.id = m.deputy_user_id
     LEFT JOIN measure_updates u ON u.id = (
       SELECT id FROM measure_updates WHERE measure_id = m.id ORDER BY date DESC, id DESC LIMIT 1)
     ORDER BY m.code`,
  );
  return {
    list: (): AdminMeasureRow[] =>
      (list.all() as Record<string, unknown>[]).map((r) => ({
        code: r.code as string,
        title: r.title as string,
        field: r.field as string,
        isPublic: r.is_public === 1,
        archived: r.archived_at !== null,
        version: r.version as number,
        status: r.status as string,
        progress: r.progress as number,
        lead: r.lead_id === null ? null : { id: r.lead_id as number, name: r.lead_name as string },
        deputy: r.deputy_id === null ? null : { id: r.deputy_id as number, name: r.deputy_name as string },
        leadOpen: r.lead_open === 1,
      })),
  };
}

/** One measure with every editable field, archived or not, for the administration's editor. */
export function adminMeasureDetailQuery(db: Db) {
  const detail = db.prepare<[string], Record<string, unknown>>(
    `SELECT m.*, f.code AS field_code,
       (SELECT json_group_array(group_key) FROM measure_target_groups WHERE measure_id = m.id) AS target_groups,
       (SELECT json_group_array(topic_key) FROM measure_topics WHERE measure_id = m.id) AS topics_json
     FROM measures m JOIN fields f ON f.id = m.field_id WHERE m.code = ?`,
  );
  return (code: string): AdminMeasureDetail | undefined => {
    const r = detail.get(code);
    if (!r) return undefined;
    return {
      code: r.code as string,
      field: r.field_code as string,
      title: r.title as string,
      summary: r.summary as string,
      description: r.description as string,
      department: r.department as string,
      plannedStart: r.planned_start as string,
      plannedEnd: r.planned_end as string,
      targetGroups: JSON.parse(r.target_groups as string) as string[],
      topics: JSON.parse(r.topics_json as string) as string[],
      isPublic: r.is_public === 1,
      leadUserId: r.lead_user_id as number | null,
      deputyUserId: r.deputy_user_id as number | null,
      version: r.version as number,
      archived: r.archived_at !== null,
    };
  };
}

/** Every KPI, internal and archived ones included. */
export function adminKpiListQuery(db: Db) {
  const list = db.prepare<[], { slug: string; field: string; title: string; unit: string; is_public: number; archived_at: string | null; measures: string }>(
    `SELECT k.slug, f.code AS field, k.title, k.unit, k.is_public, k.archived_at,
       (SELECT json_group_array(m.code) FROM kpi_measures km JOIN measures m ON m.id = km.measure_id WHERE km.kpi_id = k.id) AS measures
     FROM kpis k JOIN fields f ON f.id = k.field_id ORDER BY f.position, k.position`,
  );
  return (): AdminKpi[] =>
    list.all().map((r) => ({
      id: r.slug,
      field: r.field,
      title: r.title,
      unit: r.unit,
      isPublic: r.is_public === 1,
      archived: r.archived_at !== null,
      measures: JSON.parse(r.measures) as string[],
    }));
}
