import type { KpiValueRequest } from "@sm/domain";
import type { Db } from "../connection";
import { auditQueries } from "../queries/audit";
import { horizonMessage, type WriteContext, type WriteOutcome } from "./outcome";

/** Adds a dated KPI value with its source (or the example flag) and who entered it. */
export function kpiValueWriter(db: Db) {
  const kpi = db.prepare<[string], { id: number }>("SELECT id FROM kpis WHERE slug = ? AND archived_at IS NULL");
  const insert = db.prepare(
    `INSERT INTO kpi_values (kpi_id, date, value, source_url, source_label, is_example, note, entered_by_user_id, created_at)
     VALUES (@kpiId, @date, @value, @sourceUrl, @sourceLabel, @isExample, @note, @actorId, @at)`,
  );
  const audit = auditQueries(db);

  return {
    add(slug: string, v: KpiValueRequest, horizon: { start: string; end: string }, ctx: WriteContext): WriteOutcome<null> {
      return db.transaction((): WriteOutcome<null> => {
        const row = kpi.get(slug);
        if (!row) return { kind: "not_found" };
        if (v.date < horizon.start || v.date > horizon.end) return { kind: "invalid", fields: { date: horizonMessage(horizon) } };
        if (v.date > ctx.today) return { kind: "invalid", fields: { date: "Datum liegt in der Zukunft" } };
        insert.run({
          kpiId: row.id,
          date: v.date,
          value: v.value,
          sourceUrl: v.sourceUrl || null,
          sourceLabel: v.sourceLabel,
          isExample: v.isExample ? 1 : 0,
          note: v.note,
          actorId: ctx.actorId,
          at: ctx.at,
        });
        audit.add({ at: ctx.at, actorId: ctx.actorId, action: "kpi.value_add", entity: `kpi:${slug}`, details: { date: v.date, value: v.value }, ip: ctx.ip });
        return { kind: "saved", value: null };
      }).immediate();
    },
  };
}
