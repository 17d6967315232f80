import { describe, expect, it } from "vitest";
import { withMember } from "./set-member";

describe("withMember", () => {
  it("adds and removes without touching the original", () => {
    const ids = new Set(["a"]);
    expect([...withMember(ids, "b", true)]).toEqual(["a", "b"]);
    expect([...withMember(ids, "a", false)]).toEqual([]);
    expect([...ids]).toEqual(["a"]);
  });
  it("answers the same set when nothing changes", () => {
    const ids = new Set(["a"]);
    expect(withMember(ids, "a", true)).toBe(ids);
    expect(withMember(ids, "b", false)).toBe(ids);
  });
});
