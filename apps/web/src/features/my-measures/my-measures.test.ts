import { describe, expect, it } from "vitest";
import { dueCount, sortForWork } from "./my-measures";

describe("sortForWork", () => {
  it("puts due updates first, then the oldest", () => {
    const items = [
      { code: "HF1-09", updateDue: false, daysSinceUpdate: 10 },
      { code: "HF1-10", updateDue: true, daysSinceUpdate: 95 },
      { code: "HF1-12", updateDue: true, daysSinceUpdate: null },
      { code: "HF3-02", updateDue: false, daysSinceUpdate: 30 },
    ];
    expect(sortForWork(items).map((m) => m.code)).toEqual(["HF1-12", "HF1-10", "HF3-02", "HF1-09"]);
    expect(dueCount(items)).toBe(2);
  });
});
