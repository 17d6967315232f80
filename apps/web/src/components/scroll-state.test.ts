import { describe, expect, it } from "vitest";
import { NO_OVERFLOW, sameScrollState, scrollState } from "./scroll-state";

describe("scrollState", () => {
  it("sees no overflow when the content fits, give or take a rounding pixel", () => {
    expect(scrollState({ scrollLeft: 0, scrollWidth: 800, clientWidth: 800 })).toEqual(NO_OVERFLOW);
    expect(scrollState({ scrollLeft: 0, scrollWidth: 801, clientWidth: 800 })).toEqual(NO_OVERFLOW);
  });

  it("tells which sides hide content", () => {
    expect(scrollState({ scrollLeft: 0, scrollWidth: 1200, clientWidth: 800 })).toEqual({ overflows: true, moreBefore: false, moreAfter: true });
    expect(scrollState({ scrollLeft: 200, scrollWidth: 1200, clientWidth: 800 })).toEqual({ overflows: true, moreBefore: true, moreAfter: true });
    expect(scrollState({ scrollLeft: 400, scrollWidth: 1200, clientWidth: 800 })).toEqual({ overflows: true, moreBefore: true, moreAfter: false });
    // Zoomed pages stop a fraction short of the end.
    expect(scrollState({ scrollLeft: 399.5, scrollWidth: 1200, clientWidth: 800 }).moreAfter).toBe(false);
  });

  it("compares states by value", () => {
    expect(sameScrollState(NO_OVERFLOW, { overflows: false, moreBefore: false, moreAfter: false })).toBe(true);
    expect(sameScrollState(NO_OVERFLOW, { overflows: true, moreBefore: false, moreAfter: true })).toBe(false);
  });
});
