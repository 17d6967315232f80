import { describe, expect, it } from "vitest";
import { buildUpdatePayload, fieldLabel, formFromMeasure, plannedDatesMoved, validateUpdateForm, type UpdateForm } from "./update-form";

const measure = {
  status: "in_progress" as const,
  progress: 40,
  plannedStart: "2024-01-01",
  plannedEnd: "2026-12-31",
  actualStart: "2024-02-01",
  actualEnd: null,
  milestones: [
    { id: 11, title: "Konzept", plannedDate: "2024-06-30", baselineDate: "2024-06-30", completedDate: "2024-06-20" },
    { id: 12, title: "Pilot", plannedDate: "2025-03-31", baselineDate: "2025-03-31", completedDate: null },
  ],
  internal: { isPublic: true, version: 7, risk: "Personal knapp", lead: null, deputy: null, updates: [], canUpdate: true },
};

const base = formFromMeasure(measure);
const edit = (change: Partial<UpdateForm>): UpdateForm => ({ ...base, ...change });

describe("reason and new planned end", () => {
  it("are sent when given: the reason as written, the planned end only when moved", () => {
    const { payload } = buildUpdatePayload(edit({ status: "delayed", reason: " Lieferverzug ", plannedEnd: "2027-06-30" }), base, 7);
    expect(payload).toMatchObject({ status: "delayed", reason: "Lieferverzug", plannedEnd: "2027-06-30" });
    expect(buildUpdatePayload(edit({ progress: "41" }), base, 7).payload).not.toHaveProperty("plannedEnd");
  });
});

describe("plan revision", () => {
  it("sends a moved start or end with its reason, and no reason when no planned date moved", () => {
    const { payload } = buildUpdatePayload(edit({ plannedStart: "2024-03-01", planReason: " Vergabe dauerte länger " }), base, 7);
    expect(payload).toMatchObject({ plannedStart: "2024-03-01", planReason: "Vergabe dauerte länger" });
    expect(payload).not.toHaveProperty("plannedEnd");
    expect(buildUpdatePayload(edit({ planReason: "übrig", comment: "x" }), base, 7).payload).not.toHaveProperty("planReason");
  });

  it("counts a moved milestone as a plan change, a completed one not", () => {
    const moved = edit({ milestones: base.milestones.map((m) => (m.id === 12 ? { ...m, plannedDate: "2025-06-30" } : m)) });
    expect(plannedDatesMoved(moved, base)).toBe(true);
    const completed = edit({ milestones: base.milestones.map((m) => (m.id === 12 ? { ...m, completedDate: "2025-03-20" } : m)) });
    expect(plannedDatesMoved(completed, base)).toBe(false);
    expect(plannedDatesMoved(base, base)).toBe(false);
  });
});

describe("formFromMeasure", () => {
  it("holds the measure as input text, with empty text for missing dates", () => {
    expect(base).toMatchObject({ status: "in_progress", progress: "40", actualStart: "2024-02-01", actualEnd: "", risk: "Personal knapp" });
    expect(base.milestones[1]).toEqual({ id: 12, title: "Pilot", plannedDate: "2025-03-31", completedDate: "" });
  });
});

describe("buildUpdatePayload", () => {
  it("sends nothing but the version when nothing changed", () => {
    expect(buildUpdatePayload(base, base, 7)).toEqual({ payload: { baseVersion: 7 }, origin: {}, hasChanges: false });
  });

  it("sends only the changed fields, with cleared dates as null and texts trimmed", () => {
    const form = edit({ status: "delayed", progress: "45", actualStart: "", comment: "  Lieferung verspätet ", note: "Nur für den Rat", risk: "Personal knapp " });
    const { payload, hasChanges } = buildUpdatePayload(form, base, 7);
    expect(payload).toEqual({
      baseVersion: 7,
      status: "delayed",
      progress: 45,
      actualStart: null,
      comment: "Lieferung verspätet",
      note: "Nur für den Rat",
    });
    expect(hasChanges).toBe(true);
  });

  it("sends a cleared risk as empty text", () => {
    expect(buildUpdatePayload(edit({ risk: "" }), base, 7).payload).toEqual({ baseVersion: 7, risk: "" });
  });

  it("turns milestone edits into complete, move and add, and remembers which row each came from", () => {
    const form = edit({
      milestones: [base.milestones[0]!, { id: 12, title: "Pilot", plannedDate: "2025-05-31", completedDate: "2025-05-20" }],
      newMilestones: [
        { key: "n1", title: "", plannedDate: "" },
        { key: "n2", title: "Rollout", plannedDate: "2025-12-31" },
      ],
    });
    const { payload, origin } = buildUpdatePayload(form, base, 7);
    expect(payload.milestones).toEqual({
      add: [{ title: "Rollout", plannedDate: "2025-12-31" }],
      complete: [{ id: 12, completedDate: "2025-05-20" }],
      move: [{ id: 12, plannedDate: "2025-05-31" }],
    });
    expect(origin).toEqual({
      "milestones.complete.0": "milestones.12",
      "milestones.move.0": "milestones.12",
      "milestones.add.0": "newMilestones.n2",
    });
  });
});

describe("validateUpdateForm", () => {
  it("catches a progress that is no number, and half-filled new milestones", () => {
    const form = edit({ progress: "viel", newMilestones: [{ key: "n1", title: "Rollout", plannedDate: "" }] });
    expect(validateUpdateForm(form, base)).toEqual({
      progress: "Bitte eine ganze Zahl von 0 bis 100 eingeben.",
      "newMilestones.n1.plannedDate": "Bitte ein geplantes Datum angeben.",
    });
  });

  it("leaves ranges to the server", () => {
    expect(validateUpdateForm(edit({ progress: "150" }), base)).toEqual({});
  });
});

describe("fieldLabel", () => {
  it("names inputs for the error summary", () => {
    const form = edit({ newMilestones: [{ key: "n7", title: "", plannedDate: "" }] });
    expect(fieldLabel("progress", form)).toBe("Fortschritt in %");
    expect(fieldLabel("milestones.12.plannedDate", form)).toBe("Meilenstein „Pilot“: geplantes Datum");
    expect(fieldLabel("newMilestones.n7.title", form)).toBe("Neuer Meilenstein 1: Titel");
  });
});

describe("hasChanges (also what counts as unsaved edits when leaving the page)", () => {
  it("is false for the form as opened and after an edit is undone by hand", () => {
    expect(buildUpdatePayload(base, base, 7).hasChanges).toBe(false);
    const undone = edit({ progress: "40", comment: "   ", risk: "Personal knapp " });
    expect(buildUpdatePayload(undone, base, 7).hasChanges).toBe(false);
  });
  it("is true for a typed comment, a changed progress or a new milestone with a title", () => {
    expect(buildUpdatePayload(edit({ comment: "Pilot läuft" }), base, 7).hasChanges).toBe(true);
    expect(buildUpdatePayload(edit({ progress: "45" }), base, 7).hasChanges).toBe(true);
    expect(buildUpdatePayload(edit({ newMilestones: [{ key: "n1", title: "Rollout", plannedDate: "" }] }), base, 7).hasChanges).toBe(true);
    expect(buildUpdatePayload(edit({ newMilestones: [{ key: "n1", title: "", plannedDate: "" }] }), base, 7).hasChanges).toBe(false);
  });
});
