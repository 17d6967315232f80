import type { z } from "zod";
import type {
  createKpiRequestSchema,
  createMeasureRequestSchema,
  editFieldRequestSchema,
  editKpiRequestSchema,
  editMeasureRequestSchema,
} from "@sm/domain";
import type { Db } from "../connection";
import { auditQueries } from "../queries/audit";
import { userQueries } from "../queries/users";
import { horizonMessage, type WriteContext, type WriteOutcome } from "./outcome";
import { planRevisionWriter } from "./plan-revisions";

type CreateMeasure = z.infer<typeof createMeasureRequestSchema>;
type EditMeasure = z.infer<typeof editMeasureRequestSchema>;
type CreateKpi = z.infer<typeof createKpiRequestSchema>;
type EditKpi = z.infer<typeof editKpiRequestSchema>;
type EditField = z.infer<typeof editFieldRequestSchema>;

interface MeasureRow {
  id: number;
  code: string;
  field_code: string;
  title: string;
  summary: string;
  description: string;
  department: string;
  planned_start: string;
  planned_end: string;
  is_public: number;
  lead_user_id: number | null;
  deputy_user_id: number | null;
  version: number;
  archived_at: string | null;
  target_groups: string;
  topics: string;
}

/**
 * Administrators' writes: users, measures, KPIs and field texts. Each runs in one transaction
 * with its audit entry; nothing is ever hard-deleted (archive or deactivate instead).
 */
export function adminWriter(db: Db, horizon: () => { start: string; end: string }) {
  const audit = auditQueries(db);
  const users = userQueries(db);
  const fieldId = db.prepare<[string], { id: number }>("SELECT id FROM fields WHERE code = ?");
  const measureByCode = db.prepare<[string], MeasureRow>(
    `SELECT m.*, f.code AS field_code,
       (SELECT json_group_array(group_key) FROM measure_target_groups WHERE measure_id = m.id) AS target_groups,
       (SELECT json_group_array(topic_key) FROM measure_topics WHERE measure_id = m.id) AS topics
     FROM measures m JOIN fields f ON f.id = m.field_id WHERE m.code = ?`,
  );
  const groupExists = db.prepare<[string], { key: string }>("SELECT key FROM target_groups WHERE key = ?");
  const topicExists = db.prepare<[string], { key: string }>("SELECT key FROM topics WHERE key = ?");
  const activeUser = db.prepare<[number], { id: number }>("SELECT id FROM users WHERE id = ? AND is_active = 1");
  const insertMeasure = db.prepare(
    `INSERT INTO measures (code, field_id, title, summary, description, department, planned_start, planned_end,
       is_public, lead_user_id, deputy_user_id)
     VALUES (@code, @fieldId, @title, @summary, @description, @department, @plannedStart, @plannedEnd,
       @isPublic, @leadUserId, @deputyUserId)`,
  );
  // The planned span changes only through a plan revision (plans.reviseMeasure), never in place.
  const updateMeasure = db.prepare(
    `UPDATE measures SET field_id = @fieldId, title = @title, summary = @summary, description = @description,
       department = @department, is_public = @isPublic,
       lead_user_id = @leadUserId, deputy_user_id = @deputyUserId, archived_at = @archivedAt, version = version + 1
     WHERE id = @id AND version = @version`,
  );
  const clearGroups = db.prepare<[number]>("DELETE FROM measure_target_groups WHERE measure_id = ?");
  const clearTopics = db.prepare<[number]>("DELETE FROM measure_topics WHERE measure_id = ?");
  const addGroup = db.prepare<[number, string]>("INSERT INTO measure_target_groups (measure_id, group_key) VALUES (?, ?)");
  const addTopic = db.prepare<[number, string]>("INSERT INTO measure_topics (measure_id, topic_key) VALUES (?, ?)");
  const kpiBySlug = db.prepare<[string], { id: number }>("SELECT id FROM kpis WHERE slug = ?");
  const insertKpi = db.prepare(
    `INSERT INTO kpis (slug, field_id, title, description, unit, direction, decimals, frequency, baseline_date,
       baseline_value, baseline_source_url, baseline_is_example, is_public, position)
     VALUES (@slug, @fieldId, @title, @description, @unit, @direction, @decimals, @frequency, @baselineDate,
       @baselineValue, @baselineSourceUrl, @baselineIsExample, @isPublic,
       (SELECT COALESCE(MAX(position), -1) + 1 FROM kpis WHERE field_id = @fieldId))`,
  );
  const updateKpi = db.prepare(
    `UPDATE kpis SET
       field_id = COALESCE(@fieldId, field_id), title = COALESCE(@title, title),
       description = COALESCE(@description, description), unit = COALESCE(@unit, unit),
       direction = COALESCE(@direction, direction), decimals = COALESCE(@decimals, decimals),
       frequency = COALESCE(@frequency, frequency), baseline_date = COALESCE(@baselineDate, baseline_date),
       baseline_value = COALESCE(@baselineValue, baseline_value),
       baseline_source_url = CASE WHEN @hasBaseline THEN @baselineSourceUrl ELSE baseline_source_url END,
       baseline_is_example = COALESCE(@baselineIsExample, baseline_is_example),
       is_public = COALESCE(@isPublic, is_public),
       archived_at = CASE WHEN @archived IS NULL THEN archived_at WHEN @archived = 1 THEN COALESCE(archived_at, @at) ELSE NULL END
     WHERE id = @id`,
  );
  const clearTargets = db.prepare<[number]>("DELETE FROM kpi_targets WHERE kpi_id = ?");
  const insertTarget = db.prepare<[number, string, number, number]>(
    "INSERT INTO kpi_targets (kpi_id, date, value, is_final) VALUES (?, ?, ?, ?)",
  );
  const clearKpiMeasures = db.prepare<[number]>("DELETE FROM kpi_measures WHERE kpi_id = ?");
  const addKpiMeasure = db.prepare<[number, string]>(
    "INSERT INTO kpi_measures (kpi_id, measure_id) SELECT ?, id FROM measures WHERE code = ?",
  );
  const measureExists = db.prepare<[string], { id: number }>("SELECT id FROM measures WHERE code = ?");
  const upsertSession = db.prepare<[string, string]>(
    "INSERT INTO committee_sessions (date, title) VALUES (?, ?) ON CONFLICT (date) DO UPDATE SET title = excluded.title",
  );
  const deleteSession = db.prepare<[string]>("DELETE FROM committee_sessions WHERE date = ?");
  const updateField = db.prepare(
    `UPDATE fields SET title = COALESCE(@title, title), short_title = COALESCE(@shortTitle, short_title),
       description = COALESCE(@description, description) WHERE code = @code`,
  );

  const plans = planRevisionWriter(db);
  const assignedCount = db.prepare<[number, number], { n: number }>(
    "SELECT COUNT(*) AS n FROM measures WHERE archived_at IS NULL AND (lead_user_id = ? OR deputy_user_id = ?)",
  );
  const handOverLead = db.prepare<[number | null, number]>(
    "UPDATE measures SET lead_user_id = ?, version = version + 1 WHERE lead_user_id = ? AND archived_at IS NULL",
  );
  const handOverDeputy = db.prepare<[number | null, number | null, number]>(
    `UPDATE measures SET deputy_user_id = CASE WHEN lead_user_id IS ? THEN NULL ELSE ? END, version = version + 1
     WHERE deputy_user_id = ? AND archived_at IS NULL`,
  );

  const inHorizon = (d: string) => d >= horizon().start && d <= horizon().end;

  /** Rules shared by create and edit of a measure, on the merged values. */
  function checkMeasure(m: {
    field: string;
    plannedStart: string;
    plannedEnd: string;
    targetGroups: string[];
    topics: string[];
    leadUserId: number | null;
    deputyUserId: number | null;
  }, unchanged?: { leadUserId: number | null; deputyUserId: number | null }): Record<string, string> {
    const fields: Record<string, string> = {};
    if (!fieldId.get(m.field)) fields.field = `unbekanntes Handlungsfeld ${m.field}`;
    if (!inHorizon(m.plannedStart)) fields.plannedStart = horizonMessage(horizon());
    if (!inHorizon(m.plannedEnd)) fields.plannedEnd = horizonMessage(horizon());
    if (m.plannedEnd < m.plannedStart) fields.plannedEnd = "Ende darf nicht vor dem Beginn liegen";
    m.targetGroups.forEach((g, i) => {
      if (!groupExists.get(g)) fields[`targetGroups.${i}`] = `unbekannte Zielgruppe ${g}`;
    });
    m.topics.forEach((t, i) => {
      if (!topicExists.get(t)) fields[`topics.${i}`] = `unbekanntes Querschnittsthema ${t}`;
    });
    // A person deactivated since may stay on a measure being edited for something else; only a
    // new assignment must name someone who can act.
    if (m.leadUserId !== null && m.leadUserId !== unchanged?.leadUserId && !activeUser.get(m.leadUserId)) {
      fields.leadUserId = "unbekannte oder deaktivierte Person";
    }
    if (m.deputyUserId !== null && m.deputyUserId !== unchanged?.deputyUserId && !activeUser.get(m.deputyUserId)) {
      fields.deputyUserId = "unbekannte oder deaktivierte Person";
    }
    return fields;
  }

  function writeVocabulary(id: number, groups: string[], topics: string[]) {
    clearGroups.run(id);
    clearTopics.run(id);
    for (const g of new Set(groups)) addGroup.run(id, g);
    for (const t of new Set(topics)) addTopic.run(id, t);
  }

  function writeKpiTargets(id: number, target: { date: string; value: number }, interim: { date: string; value: number }[]) {
    clearTargets.run(id);
    for (const t of interim.filter((t) => t.date !== target.date)) insertTarget.run(id, t.date, t.value, 0);
    insertTarget.run(id, target.date, target.value, 1);
  }

  function checkKpiRefs(k: { field?: string; measures?: string[] }): Record<string, string> {
    const fields: Record<string, string> = {};
    if (k.field !== undefined && !fieldId.get(k.field)) fields.field = `unbekanntes Handlungsfeld ${k.field}`;
    k.measures?.forEach((code, i) => {
      if (!measureExists.get(code)) fields[`measures.${i}`] = `unbekannte Maßnahme ${code}`;
    });
    return fields;
  }

  return {
    createUser(u: { email: string; name: string; role: string; passwordHash: string }, ctx: WriteContext): WriteOutcome<number> {
      return db.transaction((): WriteOutcome<number> => {
        if (users.byEmail(u.email)) return { kind: "invalid", fields: { email: "Diese E-Mail-Adresse ist schon vergeben" } };
        const id = users.insert(u);
        audit.add({ at: ctx.at, actorId: ctx.actorId, action: "user.create", entity: `user:${id}`, details: { email: u.email, role: u.role }, ip: ctx.ip });
        return { kind: "saved", value: id };
      }).immediate();
    },

    editUser(
      id: number,
      { handover, ...u }: { name?: string; role?: string; isActive?: boolean; handover?: { to: number | null } },
      ctx: WriteContext,
    ): WriteOutcome<null> {
      return db.transaction((): WriteOutcome<null> => {
        const before = users.byId(id);
        if (!before) return { kind: "not_found" };
        if (id === ctx.actorId && (u.isActive === false || (u.role && u.role !== "admin"))) {
          return { kind: "invalid", fields: { role: "Sie können sich nicht selbst die Verwaltungsrechte entziehen" } };
        }
        const deactivating = u.isActive === false && before.is_active === 1;
        const assigned = deactivating ? assignedCount.get(id, id)!.n : 0;
        // Nobody is left holding measures they can no longer update without someone deciding so.
        if (assigned > 0 && handover === undefined) {
          return {
            kind: "invalid",
            fields: { handover: `Die Person leitet oder vertritt ${assigned === 1 ? "eine Maßnahme" : `${assigned} Maßnahmen`}: bitte angeben, wer sie übernimmt, oder „ohne Projektleitung lassen“ wählen` },
          };
        }
        if (assigned > 0 && handover?.to != null && (handover.to === id || !activeUser.get(handover.to))) {
          return { kind: "invalid", fields: { handover: "unbekannte oder deaktivierte Person" } };
        }
        users.update(id, u);
        if (assigned > 0) {
          const to = handover?.to ?? null;
          handOverLead.run(to, id);
          // A deputy who now leads the measure is not also its deputy.
          handOverDeputy.run(to, to, id);
        }
        // A deactivated person's sessions end at once, not at their next expiry.
        if (u.isActive === false) db.prepare("DELETE FROM sessions WHERE user_id = ?").run(id);
        audit.add({
          at: ctx.at,
          actorId: ctx.actorId,
          action: "user.edit",
          entity: `user:${id}`,
          details: { ...u, ...(assigned > 0 ? { handover: { to: handover?.to ?? null, measures: assigned } } : {}) },
          ip: ctx.ip,
        });
        return { kind: "saved", value: null };
      }).immediate();
    },

    resetPassword(id: number, passwordHash: string, ctx: WriteContext): WriteOutcome<null> {
      return db.transaction((): WriteOutcome<null> => {
        if (!users.byId(id)) return { kind: "not_found" };
        users.setPassword(id, passwordHash);
        db.prepare("DELETE FROM sessions WHERE user_id = ?").run(id);
        audit.add({ at: ctx.at, actorId: ctx.actorId, action: "user.password_reset", entity: `user:${id}`, ip: ctx.ip });
        return { kind: "saved", value: null };
      }).immediate();
    },

    assignMeasures(id: number, lead: string[], deputy: string[], ctx: WriteContext): WriteOutcome<null> {
      return db.transaction((): WriteOutcome<null> => {
        const user = users.byId(id);
        if (!user) return { kind: "not_found" };
        const fields: Record<string, string> = {};
        if (user.is_active !== 1) fields.lead = "deaktivierten Personen können keine Maßnahmen zugeordnet werden";
        lead.forEach((c, i) => {
          if (!measureExists.get(c)) fields[`lead.${i}`] = `unbekannte Maßnahme ${c}`;
        });
        deputy.forEach((c, i) => {
          if (!measureExists.get(c)) fields[`deputy.${i}`] = `unbekannte Maßnahme ${c}`;
        });
        if (Object.keys(fields).length > 0) return { kind: "invalid", fields };
        users.assign(id, lead, deputy);
        audit.add({ at: ctx.at, actorId: ctx.actorId, action: "user.assign_measures", entity: `user:${id}`, details: { lead, deputy }, ip: ctx.ip });
        return { kind: "saved", value: null };
      }).immediate();
    },

    createMeasure(m: CreateMeasure, ctx: WriteContext): WriteOutcome<null> {
      return db.transaction((): WriteOutcome<null> => {
        const fields = checkMeasure(m);
        if (measureByCode.get(m.code)) fields.code = `Kürzel ${m.code} ist schon vergeben`;
        if (Object.keys(fields).length > 0) return { kind: "invalid", fields };
        const { lastInsertRowid } = insertMeasure.run({ ...m, fieldId: fieldId.get(m.field)!.id, isPublic: m.isPublic ? 1 : 0 });
        writeVocabulary(Number(lastInsertRowid), m.targetGroups, m.topics);
        // A measure added later starts its plan history on the day it was created.
        plans.measureBaseline(Number(lastInsertRowid), { start: m.plannedStart, end: m.plannedEnd }, {
          date: ctx.today,
          authorId: ctx.actorId,
          at: ctx.at,
        });
        audit.add({ at: ctx.at, actorId: ctx.actorId, action: "measure.create", entity: `measure:${m.code}`, details: { ...m }, ip: ctx.ip });
        return { kind: "saved", value: null };
      }).immediate();
    },

    editMeasure(code: string, e: EditMeasure, ctx: WriteContext): WriteOutcome<null> {
      return db.transaction((): WriteOutcome<null> => {
        const row = measureByCode.get(code);
        if (!row) return { kind: "not_found" };
        if (row.version !== e.baseVersion) return { kind: "conflict" };
        const before = {
          field: row.field_code,
          title: row.title,
          summary: row.summary,
          description: row.description,
          department: row.department,
          plannedStart: row.planned_start,
          plannedEnd: row.planned_end,
          targetGroups: JSON.parse(row.target_groups) as string[],
          topics: JSON.parse(row.topics) as string[],
          isPublic: row.is_public === 1,
          leadUserId: row.lead_user_id,
          deputyUserId: row.deputy_user_id,
          archived: row.archived_at !== null,
        };
        const { baseVersion: _base, planReason, ...edits } = e;
        const after = { ...before, ...Object.fromEntries(Object.entries(edits).filter(([, v]) => v !== undefined)) } as typeof before;
        const fields = checkMeasure(after, before);
        const replanned = after.plannedStart !== before.plannedStart || after.plannedEnd !== before.plannedEnd;
        if (replanned && !planReason) {
          fields.planReason = "Bitte einen Grund für die Terminänderung angeben; er erscheint öffentlich im Verlauf";
        }
        if (Object.keys(fields).length > 0) return { kind: "invalid", fields };
        const changed = (Object.keys(before) as (keyof typeof before)[]).filter(
          (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
        );
        updateMeasure.run({
          ...after,
          id: row.id,
          version: row.version,
          fieldId: fieldId.get(after.field)!.id,
          isPublic: after.isPublic ? 1 : 0,
          archivedAt: after.archived ? (row.archived_at ?? ctx.at) : null,
        });
        writeVocabulary(row.id, after.targetGroups, after.topics);
        if (replanned) {
          plans.reviseMeasure(row.id, { start: after.plannedStart, end: after.plannedEnd }, planReason, {
            date: ctx.today,
            authorId: ctx.actorId,
            at: ctx.at,
          });
        }
        audit.add({
          at: ctx.at,
          actorId: ctx.actorId,
          action: "measure.edit",
          entity: `measure:${code}`,
          details: { changes: changed.map((k) => ({ field: k, from: before[k], to: after[k] })), ...(replanned ? { planReason } : {}) },
          ip: ctx.ip,
        });
        return { kind: "saved", value: null };
      }).immediate();
    },

    createKpi(k: CreateKpi, ctx: WriteContext): WriteOutcome<null> {
      return db.transaction((): WriteOutcome<null> => {
        const fields = checkKpiRefs(k);
        if (kpiBySlug.get(k.id)) fields.id = `Kennung ${k.id} ist schon vergeben`;
        if (!k.baseline.sourceUrl && !k.baseline.isExample) fields["baseline.isExample"] = "ein Wert ohne Quelle muss als Beispieldaten markiert sein";
        if (Object.keys(fields).length > 0) return { kind: "invalid", fields };
        const { lastInsertRowid } = insertKpi.run({
          slug: k.id,
          fieldId: fieldId.get(k.field)!.id,
          title: k.title,
          description: k.description,
          unit: k.unit,
          direction: k.direction,
          decimals: k.decimals,
          frequency: k.frequency,
          baselineDate: k.baseline.date,
          baselineValue: k.baseline.value,
          baselineSourceUrl: k.baseline.sourceUrl,
          baselineIsExample: k.baseline.isExample ? 1 : 0,
          isPublic: k.isPublic ? 1 : 0,
        });
        const id = Number(lastInsertRowid);
        writeKpiTargets(id, k.target, k.interimTargets);
        for (const code of k.measures) addKpiMeasure.run(id, code);
        audit.add({ at: ctx.at, actorId: ctx.actorId, action: "kpi.create", entity: `kpi:${k.id}`, details: { title: k.title }, ip: ctx.ip });
        return { kind: "saved", value: null };
      }).immediate();
    },

    editKpi(slug: string, k: EditKpi, ctx: WriteContext): WriteOutcome<null> {
      return db.transaction((): WriteOutcome<null> => {
        const row = kpiBySlug.get(slug);
        if (!row) return { kind: "not_found" };
        const fields = checkKpiRefs(k);
        if (k.baseline && !k.baseline.sourceUrl && !k.baseline.isExample) {
          fields["baseline.isExample"] = "ein Wert ohne Quelle muss als Beispieldaten markiert sein";
        }
        if (Object.keys(fields).length > 0) return { kind: "invalid", fields };
        updateKpi.run({
          id: row.id,
          at: ctx.at,
          fieldId: k.field ? fieldId.get(k.field)!.id : null,
          title: k.title ?? null,
          description: k.description ?? null,
          unit: k.unit ?? null,
          direction: k.direction ?? null,
          decimals: k.decimals ?? null,
          frequency: k.frequency ?? null,
          hasBaseline: k.baseline ? 1 : 0,
          baselineDate: k.baseline?.date ?? null,
          baselineValue: k.baseline?.value ?? null,
          baselineSourceUrl: k.baseline?.sourceUrl ?? null,
          baselineIsExample: k.baseline ? (k.baseline.isExample ? 1 : 0) : null,
          isPublic: k.isPublic === undefined ? null : k.isPublic ? 1 : 0,
          archived: k.archived === undefined ? null : k.archived ? 1 : 0,
        });
        if (k.target) {
          // A new final target keeps the interim targets unless new ones are given.
          const interim = k.interimTargets ?? db.prepare<[number], { date: string; value: number }>(
            "SELECT date, value FROM kpi_targets WHERE kpi_id = ? AND is_final = 0",
          ).all(row.id);
          writeKpiTargets(row.id, k.target, interim);
        } else if (k.interimTargets) {
          const final = db.prepare<[number], { date: string; value: number }>(
            "SELECT date, value FROM kpi_targets WHERE kpi_id = ? AND is_final = 1",
          ).get(row.id)!;
          writeKpiTargets(row.id, final, k.interimTargets);
        }
        if (k.measures) {
          clearKpiMeasures.run(row.id);
          for (const code of k.measures) addKpiMeasure.run(row.id, code);
        }
        audit.add({ at: ctx.at, actorId: ctx.actorId, action: "kpi.edit", entity: `kpi:${slug}`, details: { ...k }, ip: ctx.ip });
        return { kind: "saved", value: null };
      }).immediate();
    },

    saveCommitteeSession(date: string, title: string, ctx: WriteContext): WriteOutcome<null> {
      return db.transaction((): WriteOutcome<null> => {
        if (date < horizon().start || date > horizon().end) return { kind: "invalid", fields: { date: horizonMessage(horizon()) } };
        upsertSession.run(date, title);
        audit.add({ at: ctx.at, actorId: ctx.actorId, action: "committee_session.save", entity: `committee_session:${date}`, details: { title }, ip: ctx.ip });
        return { kind: "saved", value: null };
      }).immediate();
    },

    /** Session dates are plain calendar data, not history: removing a wrong one is allowed and audited. */
    deleteCommitteeSession(date: string, ctx: WriteContext): WriteOutcome<null> {
      return db.transaction((): WriteOutcome<null> => {
        if (deleteSession.run(date).changes === 0) return { kind: "not_found" };
        audit.add({ at: ctx.at, actorId: ctx.actorId, action: "committee_session.delete", entity: `committee_session:${date}`, ip: ctx.ip });
        return { kind: "saved", value: null };
      }).immediate();
    },

    editField(code: string, f: EditField, ctx: WriteContext): WriteOutcome<null> {
      return db.transaction((): WriteOutcome<null> => {
        const result = updateField.run({ code, title: f.title ?? null, shortTitle: f.shortTitle ?? null, description: f.description ?? null });
        if (result.changes === 0) return { kind: "not_found" };
        audit.add({ at: ctx.at, actorId: ctx.actorId, action: "field.edit", entity: `field:${code}`, details: { ...f }, ip: ctx.ip });
        return { kind: "saved", value: null };
      }).immediate();
    },
  };
}
