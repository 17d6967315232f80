import { describe, expect, it } from "vitest";
import { updateDueText } from "./update-due";

describe("updateDueText", () => {
  it("counts the days since the last update", () => {
    expect(updateDueText(120)).toBe("seit 120 Tagen keine Meldung");
    expect(updateDueText(1)).toBe("seit 1 Tag keine Meldung");
  });

  it("says so when there never was an update", () => {
    expect(updateDueText(null)).toBe("noch keine Meldung");
  });
});
