import { describe, expect, it } from "vitest";
import type { FieldTimeline, TimelineMeasure } from "@sm/domain/web";
import { actualText, layoutTimeline } from "./timeline-layout";

// 2023–2027 has 1826 days (2024 is a leap year); percentages below are days / 1826.
const DAYS = 1826;
const pct = (days: number) => (days / DAYS) * 100;

const measure = (over: Partial<TimelineMeasure> = {}): TimelineMeasure => ({
  code: "A-01",
  title: "Online-Anmeldung",
  status: "in_progress",
  signal: "on_track",
  progress: 50,
  isPublic: true,
  plannedStart: "2024-01-01",
  plannedEnd: "2024-12-31",
  baseline: { start: "2024-01-01", end: "2024-12-31" },
  planRevisions: 0,
  actualStart: null,
  actualEnd: null,
  milestones: [],
  ...over,
});

const timeline = (measures: TimelineMeasure[], asOf = "2025-07-02"): FieldTimeline => ({
  field: { code: "A", title: "Feld A" },
  horizon: { start: "2023-01-01", end: "2027-12-31" },
  asOf,
  measures,
  total: measures.length,
  page: 1,
  pageSize: 50,
});

describe("layoutTimeline", () => {
  it("gives each year of the horizon its column, leap year included", () => {
    const { years } = layoutTimeline(timeline([]));
    expect(years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(years[0]).toEqual({ year: 2023, left: 0, width: pct(365) });
    expect(years[1]!.left).toBeCloseTo(pct(365));
    expect(years[1]!.width).toBeCloseTo(pct(366));
    expect(years[4]!.left + years[4]!.width).toBeCloseTo(100);
  });

  it("spans a planned year exactly over that year's column", () => {
    const [row] = layoutTimeline(timeline([measure()])).rows;
    expect(row!.planned.left).toBeCloseTo(pct(365));
    expect(row!.planned.width).toBeCloseTo(pct(366));
    expect(row!.plannedText).toBe("01.01.2024 bis 31.12.2024");
  });

  it("draws the actual bar from start to end, or to the date read while running", () => {
    const done = layoutTimeline(timeline([measure({ actualStart: "2023-01-01", actualEnd: "2023-01-31" })])).rows[0]!;
    expect(done.actual).toEqual({ left: 0, width: pct(31), running: false });
    expect(done.actualText).toBe("01.01.2023 bis 31.01.2023");

    const running = layoutTimeline(timeline([measure({ actualStart: "2023-01-01" })], "2023-03-31")).rows[0]!;
    expect(running.actual).toEqual({ left: 0, width: pct(90), running: true });
    expect(running.actualText).toBe("seit 01.01.2023, läuft");

    const notStarted = layoutTimeline(timeline([measure()])).rows[0]!;
    expect(notStarted.actual).toBeNull();
    expect(notStarted.actualText).toBe("noch nicht begonnen");
  });

  it("keeps dates outside the horizon at its edges", () => {
    const [row] = layoutTimeline(timeline([measure({ plannedStart: "2022-06-01", plannedEnd: "2028-06-30" })])).rows;
    expect(row!.planned).toMatchObject({ left: 0, width: 100 });
  });

  it("puts the marker in the middle of the day read, labelled today or the page date", () => {
    const today = layoutTimeline(timeline([], "2023-01-01"));
    expect(today.marker).toEqual({ left: pct(0.5), label: "Heute, 01.01.2023", align: "start" });
    const past = layoutTimeline(timeline([], "2027-12-31"), "2027-12-31");
    expect(past.marker.left).toBeCloseTo(100 - pct(0.5));
    expect(past.marker).toMatchObject({ label: "Stand 31.12.2027", align: "end" });
  });

  it("places milestones where they were reached or are planned, and names them in words", () => {
    const [row] = layoutTimeline(
      timeline([
        measure({
          milestones: [
            { id: 1, title: "Pilot", plannedDate: "2024-06-30", baselineDate: "2024-06-30", completedDate: "2023-01-01" },
            { id: 2, title: "Abnahme", plannedDate: "2025-01-31", baselineDate: "2025-01-31", completedDate: null },
            { id: 3, title: "Ausbau", plannedDate: "2027-12-31", baselineDate: "2027-12-31", completedDate: null },
          ],
        }),
      ]),
    ).rows;
    const [pilot, acceptance, expansion] = row!.milestones;
    expect(pilot).toEqual({
      id: 1,
      left: pct(0.5),
      state: "done",
      text: "Pilot, geplant 30.06.2024, erreicht am 01.01.2023",
      label: "Meilenstein: Pilot, geplant 30.06.2024, erreicht am 01.01.2023",
      align: "start",
    });
    expect(acceptance).toMatchObject({ state: "overdue", align: "center", label: "Meilenstein: Abnahme, geplant 31.01.2025, offen, Termin überschritten" });
    expect(expansion).toMatchObject({ state: "open", label: "Meilenstein: Ausbau, geplant 31.12.2027, offen", align: "end" });
  });
});

describe("actualText", () => {
  it("does not call a stopped measure running", () => {
    expect(actualText({ actualStart: "2024-01-01", actualEnd: null, status: "paused" })).toBe("seit 01.01.2024, pausiert");
    expect(actualText({ actualStart: "2024-01-01", actualEnd: null, status: "cancelled" })).toBe("seit 01.01.2024, eingestellt");
  });
});

describe("baseline", () => {
  it("is drawn and described only where a revision moved the plan", () => {
    const moved = measure({ plannedEnd: "2025-06-30", planRevisions: 1 });
    const [kept, shifted] = layoutTimeline(timeline([measure(), moved])).rows;
    expect(kept!.baseline).toBeNull();
    expect(kept!.baselineText).toBeNull();
    expect(shifted!.baseline).toEqual({ left: pct(365), width: pct(366) });
    expect(shifted!.planned.width).toBeCloseTo(pct(547));
    expect(shifted!.baselineText).toBe("ursprünglich geplant bis 31.12.2024, 1× verschoben");
  });
});
