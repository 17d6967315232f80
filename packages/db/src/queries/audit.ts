import type { AuditEntry } from "@sm/domain";
import type { Db } from "../connection";

export interface AuditRecord {
  at: string;
  actorId: number | null;
  action: string;
  entity?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
}

interface AuditRow {
  id: number;
  at: string;
  actor_user_id: number | null;
  actor_name: string | null;
  actor_email: string | null;
  action: string;
  entity: string | null;
  details_json: string;
  ip: string | null;
  total: number;
}

/** The append-only audit log: this module can add and read entries, nothing else (triggers enforce it). */
export function auditQueries(db: Db) {
  const insert = db.prepare<[string, number | null, string, string | null, string, string | null]>(
    "INSERT INTO audit_log (at, actor_user_id, action, entity, details_json, ip) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const list = db.prepare(
    `SELECT a.*, u.name AS actor_name, u.email AS actor_email, COUNT(*) OVER () AS total
     FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
     WHERE (:action IS NULL OR a.action = :action)
       AND (:actorId IS NULL OR a.actor_user_id = :actorId)
       AND (:entity IS NULL OR a.entity = :entity)
       AND (:from IS NULL OR a.at >= :from)
       AND (:to IS NULL OR a.at < date(:to, '+1 day'))
     ORDER BY a.id DESC LIMIT :limit OFFSET :offset`,
  );

  return {
    add: (r: AuditRecord) =>
      insert.run(r.at, r.actorId, r.action, r.entity ?? null, JSON.stringify(r.details ?? {}), r.ip ?? null),
    list(filter: {
      action?: string;
      actorId?: number;
      entity?: string;
      from?: string;
      to?: string;
      page: number;
      pageSize: number;
    }): { items: AuditEntry[]; total: number } {
      const rows = list.all({
        action: filter.action ?? null,
        actorId: filter.actorId ?? null,
        entity: filter.entity ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        limit: filter.pageSize,
        offset: (filter.page - 1) * filter.pageSize,
      }) as AuditRow[];
      return {
        total: rows[0]?.total ?? 0,
        items: rows.map((r) => ({
          id: r.id,
          at: r.at,
          actor: r.actor_user_id === null ? null : { id: r.actor_user_id, name: r.actor_name ?? "", email: r.actor_email ?? "" },
          action: r.action,
          entity: r.entity,
          details: JSON.parse(r.details_json) as Record<string, unknown>,
          ip: r.ip,
        })),
      };
    },
  };
}
