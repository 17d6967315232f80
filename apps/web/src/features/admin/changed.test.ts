import { describe, expect, it } from "vitest";
import { changedTexts } from "./changed";

describe("changedTexts", () => {
  it("returns only the changed entries, trimmed", () => {
    const original = { title: "Verwaltung", shortTitle: "Verwaltung", description: "Alt" };
    expect(changedTexts({ ...original, title: " Digitale Verwaltung ", description: "Alt " }, original)).toEqual({ title: "Digitale Verwaltung" });
    expect(changedTexts(original, original)).toEqual({});
  });
});
