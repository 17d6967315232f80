import { describe, expect, it } from "vitest";
import { changedKeys, flatConflictRows, rebaseFlat } from "./flat-diff";

const base = { title: "Alt", isPublic: true, topics: ["a"], summary: "S" };
const mine = { ...base, title: "Neu ", topics: ["a", "b"] };
const current = { ...base, isPublic: false, summary: "S2" };

describe("flat forms", () => {
  it("finds changed keys, comparing text trimmed and lists by content", () => {
    expect(changedKeys(mine, base)).toEqual(["title", "topics"]);
    expect(changedKeys({ ...base, topics: ["a"] }, base)).toEqual([]);
  });

  it("rebases the person's edits onto the current state", () => {
    expect(rebaseFlat(mine, base, current)).toEqual({ title: "Neu ", isPublic: false, topics: ["a", "b"], summary: "S2" });
  });

  it("lists differences with who changed them", () => {
    const show = (_k: string, v: unknown) => (Array.isArray(v) ? v.join(", ") : String(v));
    expect(flatConflictRows(mine, base, current, { title: "Titel", isPublic: "Öffentlich", topics: "Themen" }, show)).toEqual([
      { field: "Titel", mine: "Neu ", current: "Alt", changedByMe: true },
      { field: "Öffentlich", mine: "true", current: "false", changedByMe: false },
      { field: "Themen", mine: "a, b", current: "a", changedByMe: true },
    ]);
  });
});
