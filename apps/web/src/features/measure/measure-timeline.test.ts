import { describe, expect, it } from "vitest";
import { historyItems, milestoneState, milestoneText, newestFirst } from "./measure-timeline";

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

describe("historyItems", () => {
  it("weaves plan revisions into the updates, newest first, the update first on the same day", () => {
    const update = (date: string) => ({ date, status: "in_progress" as const, progress: 10, comment: "", reason: "" });
    const items = historyItems(
      [update("2024-01-15"), update("2026-11-27")],
      [{ date: "2026-11-27", subject: "end", milestone: null, from: "2027-06-30", to: "2027-12-31", reason: "Lieferverzug" }],
    );
    expect(items.map((i) => `${i.kind}:${i.entry.date}`)).toEqual(["update:2026-11-27", "plan:2026-11-27", "update:2024-01-15"]);
  });
});
