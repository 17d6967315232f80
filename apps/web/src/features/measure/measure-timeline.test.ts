import { describe, expect, it } from "vitest";
import { milestoneState, milestoneText, newestFirst } from "./measure-timeline";

describe("newestFirst", () => {
  it("orders the history from the latest update back", () => {
    const entries = [{ date: "2024-01-15" }, { date: "2024-11-30" }, { date: "2024-06-20" }];
    expect(newestFirst(entries).map((e) => e.date)).toEqual(["2024-11-30", "2024-06-20", "2024-01-15"]);
  });
});

describe("milestones", () => {
  it("tells reached, open and overdue milestones apart", () => {
    expect(milestoneState({ plannedDate: "2024-06-30", completedDate: "2024-06-20" }, "2025-01-01")).toBe("done");
    expect(milestoneState({ plannedDate: "2024-06-30", completedDate: null }, "2025-01-01")).toBe("overdue");
    expect(milestoneState({ plannedDate: "2026-06-30", completedDate: null }, "2025-01-01")).toBe("open");
    expect(milestoneText({ plannedDate: "2024-06-30", completedDate: "2024-06-20" }, "2025-01-01")).toBe("erreicht am 20.06.2024");
  });
});
