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
}

/** Every measure, internal and archived ones included, as the administration list shows them. */
export function adminMeasureQueries(db: Db) {
  const list = db.prepare(
    `SELECT m.code, m.title, f.code AS field, m.is_public, m.archived_at, m.version,
            COALESCE(u.status, 'planned') AS status, COALESCE(u.progress, 0) AS progress,
            l.id AS lead_id, l.name AS lead_name, d.id AS deputy_id, d.name AS deputy_name
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
      })),
  };
}
