import { describe, expect, it } from "vitest";
import type { FieldChanges } from "@sm/domain/web";
import { changeCount, changeCountText, groupOfSlug, GROUP_SLUGS, groupTotal, hasChanges, moreText, newValuesText, nonEmptyGroups } from "./change-groups";

const noTotals = {
  statusChanges: 0, progressChanges: 0, completed: 0, becameLate: 0, replanned: 0, becameStale: 0, newKpiValues: 0, projectionTurned: 0,
};
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
  totals: noTotals,
};
const point = { date: "2026-10-01", value: 1, sourceUrl: null, sourceLabel: "", isExample: true };
const kpi = { id: "a", title: "KPI a", unit: "%", decimals: 1, count: 2, first: point, latest: { ...point, date: "2026-11-01" }, previous: null };

describe("changeCount", () => {
  it("is zero for a field without changes, with or without internal notes", () => {
    expect(changeCount(empty)).toBe(0);
    expect(changeCount({ ...empty, internalNotes: [], totals: { ...noTotals, internalNotes: 0 } })).toBe(0);
    expect(hasChanges(empty)).toBe(false);
    expect(nonEmptyGroups(empty)).toEqual([]);
  });

  it("counts every entry of the full lists, internal notes included where they were sent", () => {
    const field: FieldChanges = {
      ...empty,
      progressChanges: [{ code: "HF1-01", title: "A", isPublic: true, from: 20, to: 45 }],
      newKpiValues: [kpi],
      internalNotes: [{ code: "HF1-01", title: "A", isPublic: true, date: "2026-11-27", note: "Mehrkosten", author: null }],
      // The API cut the progress list: it has 120 entries, of which it sent the first.
      totals: { ...noTotals, progressChanges: 120, newKpiValues: 1, internalNotes: 1 },
    };
    expect(groupTotal(field, "progressChanges")).toBe(120);
    expect(changeCount(field)).toBe(122);
    expect(hasChanges(field)).toBe(true);
    expect(nonEmptyGroups(field)).toEqual(["progressChanges", "newKpiValues", "internalNotes"]);
  });
});

describe("texts", () => {
  it("says none, one or many changes in German, with de-DE digit grouping", () => {
    expect(changeCountText(0)).toBe("keine Änderungen");
    expect(changeCountText(1)).toBe("1 Änderung");
    expect(changeCountText(12)).toBe("12 Änderungen");
    expect(changeCountText(1234)).toBe("1.234 Änderungen");
  });

  it("says how many entries a cut list leaves out, and nothing when it shows all", () => {
    expect(moreText(1284, 50)).toBe("… und 1.234 weitere");
    expect(moreText(50, 50)).toBe("");
    expect(moreText(3, 3)).toBe("");
  });

  it("counts new KPI values", () => {
    expect(newValuesText(1)).toBe("1 neuer Wert");
    expect(newValuesText(1500)).toBe("1.500 neue Werte");
  });
});

describe("list slugs", () => {
  it("name every list once and lead back to it", () => {
    const slugs = Object.values(GROUP_SLUGS);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const [kind, slug] of Object.entries(GROUP_SLUGS)) expect(groupOfSlug(slug)).toBe(kind);
    expect(groupOfSlug("statusChanges")).toBeUndefined();
    expect(groupOfSlug(null)).toBeUndefined();
  });
});
