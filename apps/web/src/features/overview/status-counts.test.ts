import { describe, expect, it } from "vitest";
import { statusCountsText } from "./status-counts";

const zero = { planned: 0, in_progress: 0, done: 0, delayed: 0, paused: 0, cancelled: 0 };

describe("statusCountsText", () => {
  it("lists finished before running measures and skips empty statuses", () => {
    expect(statusCountsText({ ...zero, done: 5, in_progress: 3, cancelled: 1 })).toBe("5 umgesetzt · 3 in Umsetzung · 1 eingestellt");
  });
  it("says so when there is nothing to count", () => {
    expect(statusCountsText(zero)).toBe("noch keine Maßnahmen");
  });
});
