import { describe, expect, it } from "vitest";
import type { MeasureListItem } from "@sm/domain/web";
import { haltedMeasures, isLate, lateMeasures, silenceText, staleMeasures } from "./report-measures";

type Item = Pick<MeasureListItem, "code" | "status" | "signal" | "updateDue" | "daysSinceUpdate" | "lastUpdate">;
const measure = (code: string, over: Partial<Item> = {}): Item => ({
  code,
  status: "in_progress",
  signal: "on_track",
  updateDue: false,
  daysSinceUpdate: 10,
  lastUpdate: "2026-11-17",
  ...over,
});

describe("lateMeasures", () => {
  it("takes measures behind or critical and those reported as delayed", () => {
    expect(isLate(measure("A", { signal: "behind" }))).toBe(true);
    expect(isLate(measure("A", { signal: "critical" }))).toBe(true);
    expect(isLate(measure("A", { status: "delayed", signal: "on_track" }))).toBe(true);
    expect(isLate(measure("A", { signal: "ahead" }))).toBe(false);
    expect(isLate(measure("A", { status: "planned", signal: "not_started" }))).toBe(false);
  });

  it("leaves paused and cancelled measures to their own list, however far behind", () => {
    expect(isLate(measure("A", { status: "paused", signal: "critical" }))).toBe(false);
    expect(isLate(measure("A", { status: "cancelled", signal: "cancelled" }))).toBe(false);
  });

  it("lists critical first, then behind, then delayed on plan, by code (HF1-2 before HF1-10) within each", () => {
    const late = lateMeasures([
      measure("HF1-10", { signal: "behind" }),
      measure("HF1-01"),
      measure("HF1-03", { status: "delayed", signal: "on_track" }),
      measure("HF1-2", { signal: "behind" }),
      measure("HF1-09", { status: "delayed", signal: "critical" }),
    ]);
    expect(late.map((m) => m.code)).toEqual(["HF1-09", "HF1-2", "HF1-10", "HF1-03"]);
  });
});

describe("haltedMeasures", () => {
  it("lists paused measures before cancelled ones, by code within each", () => {
    const halted = haltedMeasures([
      measure("HF3-09", { status: "cancelled", signal: "cancelled" }),
      measure("HF3-01"),
      measure("HF3-10", { status: "paused", signal: "critical" }),
      measure("HF3-2", { status: "paused", signal: "behind" }),
    ]);
    expect(halted.map((m) => m.code)).toEqual(["HF3-2", "HF3-10", "HF3-09"]);
  });
});

describe("staleMeasures", () => {
  it("lists overdue measures, the never updated and longest silent first", () => {
    const stale = staleMeasures([
      measure("HF2-01", { updateDue: true, daysSinceUpdate: 95 }),
      measure("HF2-02", { updateDue: false, daysSinceUpdate: 200 }),
      measure("HF2-03", { updateDue: true, daysSinceUpdate: 140 }),
      measure("HF2-04", { updateDue: true, daysSinceUpdate: null, lastUpdate: null }),
      measure("HF2-05", { updateDue: true, daysSinceUpdate: 95 }),
    ]);
    expect(stale.map((m) => m.code)).toEqual(["HF2-04", "HF2-03", "HF2-01", "HF2-05"]);
  });

  it("is empty when every measure was updated in time", () => {
    expect(staleMeasures([measure("A"), measure("B")])).toEqual([]);
  });
});

describe("silenceText", () => {
  it("says how long a measure has been silent, in German", () => {
    expect(silenceText(null)).toBe("noch nie aktualisiert");
    expect(silenceText(1)).toBe("seit 1 Tag");
    expect(silenceText(97)).toBe("seit 97 Tagen");
  });
});
