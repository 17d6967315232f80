import type { FieldChange, MeasureUpdateRequest, Status } from "@sm/domain";
import type { Db } from "../connection";
import { auditQueries } from "../queries/audit";
import { horizonMessage, type WriteContext, type WriteOutcome } from "./outcome";
import { planRevisionWriter } from "./plan-revisions";

/** Entering one of these states needs a reason; delayed also a new planned end. */
const NEEDS_REASON = new Set<Status>(["delayed", "paused", "cancelled"]);

interface CurrentRow {
  id: number;
  version: number;
  planned_start: string;
  planned_end: string;
  actual_start: string | null;
  actual_end: string | null;
  risk: string;
  status: Status | null;
  progress: number | null;
}

interface MilestoneRow {
  id: number;
  title: string;
  planned_date: string;
  completed_date: string | null;
}

/**
 * Saves a lead's update of a measure as one dated history entry, in one transaction: either the
 * update, the changed measure fields, milestones, version bump and audit entry all land, or nothing.
 */
export function measureUpdateWriter(db: Db) {
  const current = db.prepare<[string], CurrentRow>(
    `SELECT m.id, m.version, m.planned_start, m.planned_end, m.actual_start, m.actual_end, m.risk, u.status, u.progress
     FROM measures m LEFT JOIN measure_updates u ON u.id = (
       SELECT id FROM measure_updates WHERE measure_id = m.id ORDER BY date DESC, id DESC LIMIT 1)
     WHERE m.code = ? AND m.archived_at IS NULL`,
  );
  const milestones = db.prepare<[number], MilestoneRow>(
    "SELECT id, title, planned_date, completed_date FROM milestones WHERE measure_id = ? ORDER BY position",
  );
  const insertUpdate = db.prepare(
    `INSERT INTO measure_updates (measure_id, date, status, progress, comment, reason, internal_note, author_user_id, changes_json, created_at)
     VALUES (@measureId, @date, @status, @progress, @comment, @reason, @note, @authorId, @changes, @at)`,
  );
  // The planned span changes only through a plan revision (below), never in place.
  const updateMeasure = db.prepare(
    `UPDATE measures SET actual_start = @actualStart, actual_end = @actualEnd, risk = @risk, version = version + 1
     WHERE id = @id AND version = @version`,
  );
  const addMilestone = db.prepare(
    `INSERT INTO milestones (measure_id, title, planned_date, completed_date, position, added_on)
     VALUES (?, ?, ?, NULL, (SELECT COALESCE(MAX(position), -1) + 1 FROM milestones WHERE measure_id = ?), ?)`,
  );
  const completeMilestone = db.prepare("UPDATE milestones SET completed_date = ? WHERE id = ?");
  const plans = planRevisionWriter(db);
  const audit = auditQueries(db);

  return {
    apply(
      code: string,
      request: MeasureUpdateRequest,
      horizon: { start: string; end: string },
      ctx: WriteContext,
    ): WriteOutcome<{ measureId: number; changes: FieldChange[] }> {
      return db.transaction((): WriteOutcome<{ measureId: number; changes: FieldChange[] }> => {
        const m = current.get(code);
        if (!m) return { kind: "not_found" };
        if (m.version !== request.baseVersion) return { kind: "conflict" };

        const fields: Record<string, string> = {};
        const inHorizon = (d: string | null | undefined) => !d || (d >= horizon.start && d <= horizon.end);
        const before = {
          status: m.status ?? "planned",
          progress: m.progress ?? 0,
          actualStart: m.actual_start,
          actualEnd: m.actual_end,
          risk: m.risk,
          plannedStart: m.planned_start,
          plannedEnd: m.planned_end,
        };
        const after = {
          status: request.status ?? before.status,
          progress: request.progress ?? before.progress,
          actualStart: request.actualStart === undefined ? before.actualStart : request.actualStart,
          actualEnd: request.actualEnd === undefined ? before.actualEnd : request.actualEnd,
          risk: request.risk ?? before.risk,
          plannedStart: request.plannedStart ?? before.plannedStart,
          plannedEnd: request.plannedEnd ?? before.plannedEnd,
        };
        // Actual dates and completions report what happened: inside the horizon and not after today.
        const happened = (d: string | null | undefined) =>
          !inHorizon(d) ? horizonMessage(horizon) : d && d > ctx.today ? "Datum liegt in der Zukunft" : null;
        const startProblem = request.actualStart !== undefined ? happened(after.actualStart) : null;
        if (startProblem) fields.actualStart = startProblem;
        const endProblem = request.actualEnd !== undefined ? happened(after.actualEnd) : null;
        if (endProblem) fields.actualEnd = endProblem;
        if (after.actualStart && after.actualEnd && after.actualEnd < after.actualStart) {
          fields.actualEnd = "Ende darf nicht vor dem Beginn liegen";
        }
        if (after.status === "done" && after.progress !== 100) fields.progress = "bei „umgesetzt“ muss der Fortschritt 100 % sein";
        const entering = after.status !== before.status && NEEDS_REASON.has(after.status);
        if (entering && !request.reason) fields.reason = "Bitte einen Grund angeben; er erscheint öffentlich im Verlauf";
        if (request.plannedStart !== undefined && !inHorizon(request.plannedStart)) fields.plannedStart = horizonMessage(horizon);
        if (request.plannedEnd !== undefined) {
          if (!inHorizon(request.plannedEnd)) fields.plannedEnd = horizonMessage(horizon);
          else if (request.plannedEnd < after.plannedStart) fields.plannedEnd = "Ende darf nicht vor dem geplanten Beginn liegen";
        }
        // A measure already planned to the end of the horizon cannot move further; it names that date again.
        const movedLater = after.plannedEnd > before.plannedEnd || (request.plannedEnd !== undefined && request.plannedEnd === horizon.end);
        if (entering && after.status === "delayed" && !movedLater) {
          fields.plannedEnd ??= "Bei „verzögert“ bitte ein neues geplantes Ende nach dem bisherigen angeben";
        }

        const known = new Map(milestones.all(m.id).map((ms) => [ms.id, ms]));
        const ops = request.milestones ?? { add: [], complete: [], move: [] };
        ops.add.forEach((a, i) => {
          if (!inHorizon(a.plannedDate)) fields[`milestones.add.${i}.plannedDate`] = horizonMessage(horizon);
        });
        (["complete", "move"] as const).forEach((kind) =>
          ops[kind].forEach((op, i) => {
            if (!known.has(op.id)) fields[`milestones.${kind}.${i}.id`] = "Meilenstein gehört nicht zu dieser Maßnahme";
          }),
        );
        ops.complete.forEach((c, i) => {
          const problem = happened(c.completedDate);
          if (problem) fields[`milestones.complete.${i}.completedDate`] = problem;
        });
        ops.move.forEach((mv, i) => {
          if (!inHorizon(mv.plannedDate)) fields[`milestones.move.${i}.plannedDate`] = horizonMessage(horizon);
        });

        const changes: FieldChange[] = [];
        for (const key of ["status", "progress", "actualStart", "actualEnd", "plannedStart", "plannedEnd", "risk"] as const) {
          if (before[key] !== after[key]) changes.push({ field: key, from: before[key], to: after[key] });
        }
        for (const a of ops.add) changes.push({ field: "milestone.add", from: null, to: `${a.title} (${a.plannedDate})` });
        for (const c of ops.complete) {
          const ms = known.get(c.id);
          if (ms) changes.push({ field: "milestone.complete", from: ms.title, to: c.completedDate });
        }
        for (const mv of ops.move) {
          const ms = known.get(mv.id);
          if (ms && ms.planned_date !== mv.plannedDate) {
            changes.push({ field: "milestone.move", from: `${ms.title} (${ms.planned_date})`, to: mv.plannedDate });
          }
        }
        // Moving a date of the plan is on the public record with its reason, like a delay.
        const planReason = request.planReason || request.reason;
        const spanMoved = after.plannedStart !== before.plannedStart || after.plannedEnd !== before.plannedEnd;
        const milestonesMoved = ops.move.filter((mv) => {
          const ms = known.get(mv.id);
          return ms !== undefined && ms.planned_date !== mv.plannedDate;
        });
        if ((spanMoved || milestonesMoved.length > 0) && !planReason) {
          fields.planReason = "Bitte einen Grund für die Terminänderung angeben; er erscheint öffentlich im Verlauf";
        }
        if (changes.length === 0 && !request.comment && !request.note) {
          fields.comment = "Keine Änderung: bitte etwas ändern oder einen Kommentar schreiben";
        }
        if (Object.keys(fields).length > 0) return { kind: "invalid", fields };

        const by = { date: ctx.today, authorId: ctx.actorId, at: ctx.at };
        for (const a of ops.add) {
          const { lastInsertRowid } = addMilestone.run(m.id, a.title, a.plannedDate, m.id, ctx.today);
          plans.milestoneBaseline(Number(lastInsertRowid), a.plannedDate, by);
        }
        for (const c of ops.complete) completeMilestone.run(c.completedDate, c.id);
        for (const mv of milestonesMoved) plans.reviseMilestone(mv.id, mv.plannedDate, planReason, by);
        if (spanMoved) plans.reviseMeasure(m.id, { start: after.plannedStart, end: after.plannedEnd }, planReason, by);
        const bumped = updateMeasure.run({ ...after, id: m.id, version: m.version });
        // Guarded by version in SQL as well; with one writer at a time this cannot fail, but it must never pass silently.
        if (bumped.changes !== 1) return { kind: "conflict" };
        insertUpdate.run({
          measureId: m.id,
          date: ctx.today,
          status: after.status,
          progress: after.progress,
          comment: request.comment,
          reason: request.reason,
          note: request.note,
          authorId: ctx.actorId,
          changes: JSON.stringify(changes),
          at: ctx.at,
        });
        audit.add({
          at: ctx.at,
          actorId: ctx.actorId,
          action: "measure.update",
          entity: `measure:${code}`,
          details: { changes, comment: request.comment !== "", note: request.note !== "" },
          ip: ctx.ip,
        });
        return { kind: "saved", value: { measureId: m.id, changes } };
      }).immediate();
    },
  };
}
