import { afterAll, describe, expect, it } from "vitest";
import { fieldRollUp, plannedProgress } from "@sm/domain";
import { createTestDb } from "../testing";
import { progressQueries } from "./progress";
import { strategyQueries } from "./strategy";

const { db, cleanup } = createTestDb();
afterAll(cleanup);
const horizon = { start: "2023-01-01", end: "2027-12-31" };

describe("progress series", () => {
  const series = progressQueries(db).series({ horizon, field: null, scope: { asOf: "2026-11-27", includeInternal: false, viewerId: null } });

  it("has one point per month and no actual progress in the future", () => {
    expect(series.points).toHaveLength(60);
    expect(series.points.find((p) => p.date === "2026-12-31")?.actual).toBeNull();
  });

  it("rebuilds the state on each date from the history, like the pure roll-up", () => {
    // On 2024-06-30 (public measures): A-01 60 (update 2024-06-20), A-02 no update yet (0),
    // B-01 20, B-02 cancelled (left out).
    const point = series.points.find((p) => p.date === "2024-06-30")!;
    expect(point.actual).toBeCloseTo(
      fieldRollUp([
        { status: "in_progress", progress: 60 },
        { status: "planned", progress: 0 },
        { status: "in_progress", progress: 20 },
        { status: "cancelled", progress: 10 },
      ])!,
      10,
    );
    const planned =
      (plannedProgress({ start: "2024-01-01", end: "2024-12-31" }, "2024-06-30") +
        plannedProgress({ start: "2025-01-01", end: "2026-12-31" }, "2024-06-30") +
        plannedProgress({ start: "2023-01-01", end: "2027-12-31" }, "2024-06-30")) /
      3;
    expect(point.planned).toBeCloseTo(planned, 10);
  });

  it("leaves measures that are not public out unless asked", () => {
    const internal = progressQueries(db).series({ horizon, field: "A", scope: { asOf: "2026-11-27", includeInternal: true, viewerId: null } });
    const publicOnly = progressQueries(db).series({ horizon, field: "A", scope: { asOf: "2026-11-27", includeInternal: false, viewerId: null } });
    const on = (s: typeof internal) => s.points.find((p) => p.date === "2025-06-30")!.actual;
    // A-01 100, A-02 10, internal A-03 50.
    expect(on(publicOnly)).toBeCloseTo(55, 10);
    expect(on(internal)).toBeCloseTo(160 / 3, 10);
  });
});

describe("field summaries", () => {
  it("count statuses and roll up progress in SQL as the domain module does", () => {
    const strategy = strategyQueries(db).strategy({ asOf: "2026-11-27", includeInternal: false, viewerId: null })!;
    const b = strategy.fields.find((f) => f.code === "B")!;
    expect(b.statusCounts).toEqual({ planned: 0, in_progress: 1, done: 0, delayed: 0, paused: 0, cancelled: 1 });
    expect(b.progress.actual).toBe(50);
    expect(b.measureCount).toBe(2);
    expect(strategy.statusCounts.done).toBe(1);
  });
});
