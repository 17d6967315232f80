import { describe, expect, it } from "vitest";
import type { FieldChanges } from "@sm/domain/web";
import { changeCount, changeCountText, groupKpiValues, hasChanges, nonEmptyGroups } from "./change-groups";

const empty: FieldChanges = {
  code: "HF1",
  title: "Verwaltung",
  statusChanges: [],
  progressChanges: [],
  completed: [],
  becameLate: [],
  replanned: [],
  becameStale: [],
  newKpiValues: [],
  projectionTurned: [],
};
const kpiValue = (id: string, date: string, value: number) => ({
  id, title: `KPI ${id}`, unit: "%", decimals: 1, date, value, sourceUrl: null, sourceLabel: "", isExample: true,
});

describe("changeCount", () => {
  it("is zero for a field without changes, with or without internal notes", () => {
    expect(changeCount(empty)).toBe(0);
    expect(changeCount({ ...empty, internalNotes: [] })).toBe(0);
    expect(hasChanges(empty)).toBe(false);
    expect(nonEmptyGroups(empty)).toEqual([]);
  });

  it("counts every entry, internal notes included where they were sent", () => {
    const field: FieldChanges = {
      ...empty,
      progressChanges: [{ code: "HF1-01", title: "A", isPublic: true, from: 20, to: 45 }],
      newKpiValues: [kpiValue("a", "2026-10-01", 1), kpiValue("a", "2026-11-01", 2)],
      internalNotes: [{ code: "HF1-01", title: "A", isPublic: true, date: "2026-11-27", note: "Mehrkosten", author: null }],
    };
    expect(changeCount(field)).toBe(4);
    expect(hasChanges(field)).toBe(true);
    expect(nonEmptyGroups(field)).toEqual(["progressChanges", "newKpiValues", "internalNotes"]);
  });
});

describe("changeCountText", () => {
  it("says none, one or many in German", () => {
    expect(changeCountText(0)).toBe("keine Änderungen");
    expect(changeCountText(1)).toBe("1 Änderung");
    expect(changeCountText(12)).toBe("12 Änderungen");
  });
});

describe("groupKpiValues", () => {
  it("puts a KPI's values on one line, KPIs in first-seen order, values oldest first", () => {
    const groups = groupKpiValues([kpiValue("b", "2026-09-30", 3), kpiValue("a", "2026-10-31", 2), kpiValue("b", "2026-06-30", 1)]);
    expect(groups.map((g) => [g.id, g.values.map((v) => v.date)])).toEqual([
      ["b", ["2026-06-30", "2026-09-30"]],
      ["a", ["2026-10-31"]],
    ]);
    expect(groups[0]).toMatchObject({ title: "KPI b", unit: "%", decimals: 1 });
    expect(groups[0]!.values[0]).toEqual({ date: "2026-06-30", value: 1, isExample: true, sourceUrl: null, sourceLabel: "" });
  });

  it("is empty for no values", () => {
    expect(groupKpiValues([])).toEqual([]);
  });
});
