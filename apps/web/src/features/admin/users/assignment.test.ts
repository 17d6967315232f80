import { describe, expect, it } from "vitest";
import { sameAssignment, takenOver, toggleAssignment } from "./assignment";

describe("toggleAssignment", () => {
  it("adds and removes codes, sorted by number", () => {
    const start = { lead: ["HF1-10"], deputy: [] };
    expect(toggleAssignment(start, "HF1-9", "lead", true)).toEqual({ lead: ["HF1-9", "HF1-10"], deputy: [] });
    expect(toggleAssignment(start, "HF1-10", "lead", false)).toEqual({ lead: [], deputy: [] });
  });
  it("never leaves a person leading and deputising the same measure", () => {
    expect(toggleAssignment({ lead: ["HF1-10"], deputy: [] }, "HF1-10", "deputy", true)).toEqual({ lead: [], deputy: ["HF1-10"] });
  });
});

describe("takenOver", () => {
  it("names measures that had someone else in that role", () => {
    const measures = [
      { code: "HF1-01", lead: { id: 9 }, deputy: null },
      { code: "HF1-02", lead: null, deputy: null },
      { code: "HF1-03", lead: { id: 3 }, deputy: { id: 9 } },
    ];
    const before = { lead: ["HF1-03"], deputy: [] };
    const next = { lead: ["HF1-01", "HF1-02", "HF1-03"], deputy: [] };
    expect(takenOver(next, before, measures, 3)).toEqual(["HF1-01"]);
  });
});

describe("sameAssignment", () => {
  it("ignores order, and sees a moved or added measure", () => {
    expect(sameAssignment({ lead: ["HF1-10", "HF1-09"], deputy: [] }, { lead: ["HF1-09", "HF1-10"], deputy: [] })).toBe(true);
    expect(sameAssignment({ lead: ["HF1-09"], deputy: ["HF1-10"] }, { lead: ["HF1-09", "HF1-10"], deputy: [] })).toBe(false);
    expect(sameAssignment({ lead: ["HF1-09"], deputy: [] }, { lead: [], deputy: [] })).toBe(false);
  });
});
