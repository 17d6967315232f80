import { projectKpi, type ChangesResponse, type Direction, type FieldChanges, type Status } from "@sm/domain";
import type { Db } from "../connection";
import { scopeParams, VISIBLE_MEASURE, type ReadScope } from "./measure-state";
import { measureQueries } from "./measures";
import { VISIBLE_KPI } from "./kpis";
import { planChangeQueries } from "./plan-changes";

const LATE = new Set(["behind", "critical"]);
export const PROGRESS_THRESHOLD = 10;

/**
 * What changed between two dates, per field: built from two snapshots of the measures (the same
 * reads as every list) plus a handful of statements over the history. A fixed number of queries,
 * whatever the number of measures.
 */
export function changesQueries(db: Db) {
  const measures = measureQueries(db);
  const planChanges = planChangeQueries(db);
  const fields = db.prepare<[], { id: number; code: string; title: string }>("SELECT id, code, title FROM fields ORDER BY position");
  // LAG runs over the whole history, so the first update inside the period still sees the one before it.
  const statusChanges = db.prepare(
    `SELECT * FROM (
       SELECT m.code, m.title, m.is_public, f.code AS field, u.date, u.status, u.reason,
              COALESCE(LAG(u.status) OVER (PARTITION BY u.measure_id ORDER BY u.date, u.id), 'planned') AS previous
       FROM measure_updates u JOIN measures m ON m.id = u.measure_id JOIN fields f ON f.id = m.field_id
       WHERE m.archived_at IS NULL AND (${VISIBLE_MEASURE})
     ) WHERE date > :from AND date <= :to AND status <> previous ORDER BY date, code`,
  );
  const notes = db.prepare(
    `SELECT m.code, m.title, m.is_public, f.code AS field, u.date, u.internal_note AS note, a.name AS author
     FROM measure_updates u JOIN measures m ON m.id = u.measure_id JOIN fields f ON f.id = m.field_id
     LEFT JOIN users a ON a.id = u.author_user_id
     WHERE u.internal_note <> '' AND u.date > :from AND u.date <= :to AND m.archived_at IS NULL
     ORDER BY u.date, m.code`,
  );
  const kpiValues = db.prepare(
    `SELECT k.slug, k.title, k.unit, k.decimals, k.direction, f.code AS field, v.date, v.value, v.is_example,
            v.source_url, v.source_label,
            t.date AS target_date, t.value AS target_value
     FROM kpi_values v JOIN kpis k ON k.id = v.kpi_id JOIN fields f ON f.id = k.field_id
     JOIN kpi_targets t ON t.kpi_id = k.id AND t.is_final = 1
     WHERE ${VISIBLE_KPI} AND v.date <= :to
     ORDER BY k.id, v.date, v.id`,
  );

  return {
    between(from: string, to: string, scope: Omit<ReadScope, "asOf">, since: ChangesResponse["since"]): ChangesResponse {
      const snapshot = (asOf: string) =>
        new Map(
          measures
            .all({}, { ...scope, asOf })
            .map((m) => [m.code, m]),
        );
      const before = snapshot(from);
      const after = snapshot(to);
      const params = { ...scopeParams({ ...scope, asOf: to }), from, to };
      const byField = new Map<string, FieldChanges>(
        fields.all().map((f) => [
          f.code,
          { code: f.code, title: f.title, statusChanges: [], progressChanges: [], completed: [], becameLate: [], replanned: [], becameStale: [], newKpiValues: [], projectionTurned: [], ...(scope.includeInternal ? { internalNotes: [] } : {}) },
        ]),
      );

      for (const row of statusChanges.all(params) as { code: string; title: string; is_public: number; field: string; date: string; status: Status; previous: Status; reason: string }[]) {
        const f = byField.get(row.field)!;
        const ref = { code: row.code, title: row.title, isPublic: row.is_public === 1 };
        f.statusChanges.push({ ...ref, date: row.date, from: row.previous, to: row.status, reason: row.reason });
        if (row.status === "done") f.completed.push({ ...ref, date: row.date });
      }
      for (const [code, now] of after) {
        const then = before.get(code);
        const f = byField.get(now.field.code)!;
        const ref = { code, title: now.title, isPublic: now.isPublic };
        if (then && Math.abs(now.progress - then.progress) >= PROGRESS_THRESHOLD) f.progressChanges.push({ ...ref, from: then.progress, to: now.progress });
        if (then && LATE.has(now.signal) && !LATE.has(then.signal)) f.becameLate.push({ ...ref, from: then.signal, to: now.signal });
        if (now.updateDue && !then?.updateDue) f.becameStale.push({ ...ref, lastUpdate: now.lastUpdate, daysSinceUpdate: now.daysSinceUpdate });
      }
      // One entry per measure, its revisions in date order.
      const replanned = new Map<string, FieldChanges["replanned"][number]>();
      for (const r of planChanges.between(from, to, params)) {
        const entry = replanned.get(r.code);
        if (entry) entry.changes.push(...r.changes);
        else {
          const created = { code: r.code, title: r.title, isPublic: r.isPublic, changes: r.changes };
          replanned.set(r.code, created);
          byField.get(r.field)!.replanned.push(created);
        }
      }
      if (scope.includeInternal) {
        for (const n of notes.all(params) as { code: string; title: string; is_public: number; field: string; date: string; note: string; author: string | null }[]) {
          byField.get(n.field)!.internalNotes!.push({ code: n.code, title: n.title, isPublic: n.is_public === 1, date: n.date, note: n.note, author: n.author });
        }
      }

      // One pass over every KPI value up to `to`: new values, and the projection then and now.
      type V = {
        slug: string; title: string; unit: string; decimals: number; direction: Direction; field: string;
        date: string; value: number; is_example: number; source_url: string | null; source_label: string;
        target_date: string; target_value: number;
      };
      const perKpi = new Map<string, V[]>();
      for (const v of kpiValues.all(params) as V[]) {
        const list = perKpi.get(v.slug);
        if (list) list.push(v);
        else perKpi.set(v.slug, [v]);
      }
      for (const [slug, values] of perKpi) {
        const k = values[0]!;
        const f = byField.get(k.field)!;
        for (const v of values) {
          if (v.date > from) {
            f.newKpiValues.push({
              id: slug, title: k.title, unit: k.unit, decimals: k.decimals, date: v.date, value: v.value,
              sourceUrl: v.source_url, sourceLabel: v.source_label, isExample: v.is_example === 1,
            });
          }
        }
        const target = { date: k.target_date, value: k.target_value };
        const then = projectKpi({ direction: k.direction, target, values: values.filter((v) => v.date <= from) });
        const now = projectKpi({ direction: k.direction, target, values });
        if (then?.reachesTarget && now && !now.reachesTarget) {
          f.projectionTurned.push({
            id: slug, title: k.title, unit: k.unit, decimals: k.decimals, targetDate: k.target_date,
            valueAtTarget: now.valueAtTarget, targetValue: k.target_value, basedOnExample: values.some((v) => v.is_example === 1),
          });
        }
      }
      return { from, to, since, progressThreshold: PROGRESS_THRESHOLD, fields: [...byField.values()] };
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
