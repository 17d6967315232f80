import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { monthlySamplePoints, plannedProgress, rollUp, type Status } from "@sm/domain";
import { createTestDb } from "../testing";
import { VISIBLE_MEASURE } from "./measure-state";
import { planColumns, planJoins } from "./plan-state";
import { progressQueries } from "./progress";

/**
 * The series adds up events (queries/progress.ts); the domain states the rule measure by measure.
 * Random histories – several updates on one day, cancellations and returns, re-plans, dates before
 * and after the horizon and after the day read – must give the same curves both ways.
 */
const { db, cleanup } = createTestDb();
afterAll(cleanup);
const horizon = { start: "2023-01-01", end: "2027-12-31" };
const series = progressQueries(db);
const measureIds = db.prepare("SELECT id FROM measures").pluck().all() as number[];
const STATUSES: Status[] = ["planned", "in_progress", "done", "delayed", "paused", "cancelled"];

const day = fc.integer({ min: Date.UTC(2022, 6, 1) / 864e5, max: Date.UTC(2028, 5, 30) / 864e5 }).map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
const update = fc.record({
  measure: fc.constantFrom(...measureIds),
  date: day,
  status: fc.constantFrom(...STATUSES),
  progress: fc.integer({ min: 0, max: 100 }),
});
const replan = fc.record({ measure: fc.constantFrom(...measureIds), date: day, start: day, end: day });
const reading = fc.record({
  asOf: day,
  field: fc.constantFrom(null, "A", "B"),
  includeInternal: fc.boolean(),
});

const insertUpdate = db.prepare("INSERT INTO measure_updates (measure_id, date, status, progress) VALUES (?, ?, ?, ?)");
const insertPlan = db.prepare("INSERT INTO measure_plans (measure_id, date, planned_start, planned_end, reason) VALUES (?, ?, ?, ?, 'test')");
const visibleMeasures = db.prepare<
  { asOf: string; field: string | null; includeInternal: 0 | 1; viewerId: null },
  { id: number; planned_start: string; planned_end: string; baseline_start: string; baseline_end: string }
>(
  `SELECT m.id, ${planColumns("m", ":asOf")}
   FROM measures m JOIN fields f ON f.id = m.field_id ${planJoins("m", ":asOf")}
   WHERE m.archived_at IS NULL AND (${VISIBLE_MEASURE}) AND (:field IS NULL OR f.code = :field)`,
);
const allUpdates = db.prepare<[], { measure_id: number; date: string; status: Status; progress: number }>(
  "SELECT measure_id, date, status, progress FROM measure_updates ORDER BY date, id",
);

/** The curves as the domain defines them, one measure at a time. */
function expected(asOf: string, field: string | null, includeInternal: boolean) {
  const measures = visibleMeasures.all({ asOf, field, includeInternal: includeInternal ? 1 : 0, viewerId: null });
  const updates = allUpdates.all();
  return monthlySamplePoints(horizon, asOf).map((date) => {
    const seen = date < asOf ? date : asOf;
    const states = measures.map((m) => {
      const latest = updates.filter((u) => u.measure_id === m.id && u.date <= seen).at(-1);
      return { m, status: latest?.status ?? ("planned" as Status), progress: latest?.progress ?? 0 };
    });
    const mean = (value: (s: (typeof states)[number]) => number) =>
      rollUp.result(states.reduce((acc, s) => rollUp.step(acc, s.status, value(s)), rollUp.start()));
    return {
      date,
      actual: date > asOf ? null : mean((s) => s.progress),
      planned: mean((s) => plannedProgress({ start: s.m.planned_start, end: s.m.planned_end }, date)),
      baseline: mean((s) => plannedProgress({ start: s.m.baseline_start, end: s.m.baseline_end }, date)),
    };
  });
}

describe("progress series", () => {
  it("equals the domain's roll-up of every measure's state on every sample", () => {
    fc.assert(
      fc.property(fc.array(update, { maxLength: 25 }), fc.array(replan, { maxLength: 4 }), reading, (updates, replans, { asOf, field, includeInternal }) => {
        db.exec("BEGIN");
        try {
          for (const u of updates) insertUpdate.run(u.measure, u.date, u.status, u.status === "done" ? 100 : u.progress);
          for (const r of replans) insertPlan.run(r.measure, r.date, r.start < r.end ? r.start : r.end, r.start < r.end ? r.end : r.start);
          const got = series.series({ horizon, field, scope: { asOf, includeInternal, viewerId: null } }).points;
          const want = expected(asOf, field, includeInternal);
          expect(got.map((p) => p.date)).toEqual(want.map((p) => p.date));
          got.forEach((p, i) => {
            for (const key of ["actual", "planned", "baseline"] as const) {
              const w = want[i]![key];
              if (w === null) expect(p[key], `${p.date} ${key}`).toBeNull();
              else expect(p[key], `${p.date} ${key}`).toBeCloseTo(w, 9);
            }
          });
        } finally {
          db.exec("ROLLBACK");
        }
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
