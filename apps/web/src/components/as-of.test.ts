import { describe, expect, it } from "vitest";
import { isStand, withStand } from "./as-of";

describe("withStand", () => {
  it("leaves links alone when today is shown", () => {
    expect(withStand("/massnahmen?field=HF1", undefined)).toBe("/massnahmen?field=HF1");
  });

  it("adds the date to a plain path", () => {
    expect(withStand("/handlungsfelder/HF1", "2025-03-31")).toBe("/handlungsfelder/HF1?stand=2025-03-31");
  });

  it("keeps the link's own query and hash", () => {
    expect(withStand("/massnahmen?field=HF1#tabelle", "2025-03-31")).toBe("/massnahmen?field=HF1&stand=2025-03-31#tabelle");
  });

  it("replaces a date the link already carries", () => {
    expect(withStand("/?stand=2024-01-01", "2025-03-31")).toBe("/?stand=2025-03-31");
  });
});

describe("isStand", () => {
  it("accepts real dates only", () => {
    expect(isStand("2025-03-31")).toBe(true);
    expect(isStand("2025-02-30")).toBe(false);
    expect(isStand("gestern")).toBe(false);
    expect(isStand(undefined)).toBe(false);
  });
});
