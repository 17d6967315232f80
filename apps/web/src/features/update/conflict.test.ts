import { describe, expect, it } from "vitest";
import { conflictRows, rebaseForm } from "./conflict";
import type { UpdateForm } from "./update-form";

const base: UpdateForm = {
  status: "in_progress",
  reason: "",
  plannedStart: "2024-01-01",
  plannedEnd: "2026-12-31",
  planReason: "",
  progress: "40",
  actualStart: "2024-02-01",
  actualEnd: "",
  milestones: [
    { id: 11, title: "Konzept", plannedDate: "2024-06-30", completedDate: "" },
    { id: 12, title: "Pilot", plannedDate: "2025-03-31", completedDate: "" },
  ],
  newMilestones: [],
  comment: "",
  note: "",
  risk: "",
};

// The person raised progress, moved the pilot and wrote a comment ...
const mine: UpdateForm = {
  ...base,
  progress: "50",
  milestones: [base.milestones[0]!, { ...base.milestones[1]!, plannedDate: "2025-06-30" }],
  newMilestones: [{ key: "n1", title: "Rollout", plannedDate: "2025-12-31" }],
  comment: "Pilot verschoben",
  note: "Budgetfrage offen",
};
// ... while someone else set the status to delayed and completed the concept milestone.
const current: UpdateForm = {
  ...base,
  status: "delayed",
  risk: "Lieferverzug",
  milestones: [{ ...base.milestones[0]!, completedDate: "2024-07-02" }, base.milestones[1]!],
};

describe("rebaseForm", () => {
  it("keeps the person's edits and takes the current value of everything else", () => {
    expect(rebaseForm(mine, base, current)).toEqual({
      ...base,
      status: "delayed",
      progress: "50",
      risk: "Lieferverzug",
      milestones: [
        { id: 11, title: "Konzept", plannedDate: "2024-06-30", completedDate: "2024-07-02" },
        { id: 12, title: "Pilot", plannedDate: "2025-06-30", completedDate: "" },
      ],
      newMilestones: [{ key: "n1", title: "Rollout", plannedDate: "2025-12-31" }],
      comment: "Pilot verschoben",
      note: "Budgetfrage offen",
    });
  });

  it("drops edits to milestones that no longer exist", () => {
    const withoutPilot = { ...current, milestones: [current.milestones[0]!] };
    expect(rebaseForm(mine, base, withoutPilot).milestones.map((m) => m.id)).toEqual([11]);
  });
});

describe("conflictRows", () => {
  it("lists every field where the form and the current state differ, in German", () => {
    expect(conflictRows(mine, base, current)).toEqual([
      { field: "Status", mine: "in Umsetzung", current: "verzögert", changedByMe: false },
      { field: "Fortschritt", mine: "50 %", current: "40 %", changedByMe: true },
      { field: "Risiko (intern)", mine: "–", current: "Lieferverzug", changedByMe: false },
      {
        field: "Meilenstein „Konzept“",
        mine: "geplant 30.06.2024, offen",
        current: "geplant 30.06.2024, erreicht 02.07.2024",
        changedByMe: false,
      },
      { field: "Meilenstein „Pilot“", mine: "geplant 30.06.2025, offen", current: "geplant 31.03.2025, offen", changedByMe: true },
    ]);
  });

  it("is empty after a rebase onto the same state", () => {
    expect(conflictRows(current, current, current)).toEqual([]);
  });
});
