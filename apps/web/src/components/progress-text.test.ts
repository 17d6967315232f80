import { describe, expect, it } from "vitest";
import { progressText } from "./progress-text";

describe("progressText", () => {
  it("names actual and planned progress in German", () => {
    expect(progressText(41.4, 55.2)).toBe("41 % von geplant 55 %");
  });
  it("copes with missing figures", () => {
    expect(progressText(null, 20)).toBe("noch kein Fortschritt gemeldet");
    expect(progressText(30, null)).toBe("30 %");
  });
});
