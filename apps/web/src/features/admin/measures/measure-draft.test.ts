import { describe, expect, it } from "vitest";
import type { MeasureView } from "@sm/domain/web";
import { buildCreatePayload, buildEditPayload, draftFromMeasure, emptyMeasureDraft, hasMeasureEdits, showMeasureValue } from "./measure-draft";

const row = {
  code: "HF1-09",
  title: "Digitale Bauakte",
  field: "HF1",
  isPublic: true,
  archived: false,
  version: 4,
  lead: { id: 3, name: "Pia Projekt" },
  deputy: null,
};
const detail = {
  summary: "Kurz",
  description: "Lang",
  department: "Bauamt",
  plannedStart: "2024-01-01",
  plannedEnd: "2026-12-31",
  targetGroups: ["citizens", "businesses"],
  topics: [],
} as unknown as MeasureView;

describe("draftFromMeasure", () => {
  it("combines the list row and the full measure", () => {
    const { draft, complete } = draftFromMeasure(row, detail);
    expect(complete).toBe(true);
    expect(draft).toMatchObject({ code: "HF1-09", leadUserId: "3", deputyUserId: "", targetGroups: ["businesses", "citizens"], department: "Bauamt" });
  });
  it("marks an archived measure without details as incomplete", () => {
    expect(draftFromMeasure({ ...row, archived: true }, null)).toMatchObject({ complete: false, draft: { archived: true, summary: "" } });
  });
});

describe("buildEditPayload", () => {
  const { draft: base } = draftFromMeasure(row, detail);
  it("sends only what changed, with the base version", () => {
    const draft = { ...base, title: " Bauakte digital ", isPublic: false, leadUserId: "", deputyUserId: "7", topics: ["open-data"] };
    expect(buildEditPayload(draft, base, 4, true)).toEqual({
      baseVersion: 4,
      title: "Bauakte digital",
      isPublic: false,
      leadUserId: null,
      deputyUserId: 7,
      topics: ["open-data"],
    });
  });
  it("never sends fields it could not load", () => {
    const { draft: partial } = draftFromMeasure({ ...row, archived: true }, null);
    expect(buildEditPayload({ ...partial, archived: false, summary: "x" }, partial, 4, false)).toEqual({ baseVersion: 4, archived: false });
  });
});

describe("buildCreatePayload", () => {
  it("turns the form into the create request", () => {
    const draft = { ...emptyMeasureDraft(), code: " HF1-99 ", field: "HF1", title: "Neu", summary: "S", plannedStart: "2026-01-01", plannedEnd: "2027-01-01", leadUserId: "3" };
    expect(buildCreatePayload(draft)).toMatchObject({ code: "HF1-99", leadUserId: 3, deputyUserId: null, isPublic: true });
  });
});

describe("showMeasureValue", () => {
  it("puts values in words", () => {
    const names = { users: new Map([["3", "Pia Projekt"]]), vocabulary: new Map([["citizens", "Bürger*innen"]]) };
    expect(showMeasureValue("leadUserId", "3", names)).toBe("Pia Projekt");
    expect(showMeasureValue("deputyUserId", "", names)).toBe("niemand");
    expect(showMeasureValue("targetGroups", ["citizens"], names)).toBe("Bürger*innen");
    expect(showMeasureValue("plannedEnd", "2026-12-31", names)).toBe("31.12.2026");
    expect(showMeasureValue("isPublic", false, names)).toBe("nicht öffentlich");
  });
});

describe("hasMeasureEdits", () => {
  const { draft } = draftFromMeasure(row, detail);
  it("an opened or hand-reverted edit form has none; a changed field is one", () => {
    expect(hasMeasureEdits("edit", draft, draft, true)).toBe(false);
    expect(hasMeasureEdits("edit", { ...draft, title: "Digitale Bauakte " }, draft, true)).toBe(false);
    expect(hasMeasureEdits("edit", { ...draft, title: "Digitale Bauakte 2.0" }, draft, true)).toBe(true);
    expect(hasMeasureEdits("edit", { ...draft, isPublic: false }, draft, true)).toBe(true);
  });
  it("a reason typed for a plan change that was undone is nothing to save", () => {
    expect(hasMeasureEdits("edit", { ...draft, planReason: "Vergabe" }, draft, true)).toBe(false);
    expect(hasMeasureEdits("edit", { ...draft, plannedEnd: "2027-06-30", planReason: "Vergabe" }, draft, true)).toBe(true);
  });
  it("fields an archived measure cannot send do not count", () => {
    expect(hasMeasureEdits("edit", { ...draft, summary: "Neu" }, draft, false)).toBe(false);
  });
  it("a new measure has edits as soon as it differs from the empty form", () => {
    expect(hasMeasureEdits("create", emptyMeasureDraft(), emptyMeasureDraft(), true)).toBe(false);
    expect(hasMeasureEdits("create", { ...emptyMeasureDraft(), code: "HF1-13" }, emptyMeasureDraft(), true)).toBe(true);
  });
});
