import { describe, expect, it } from "vitest";
import { changeText } from "./change-text";

describe("changeText", () => {
  it("names what an update changed in German", () => {
    expect(changeText({ field: "status", from: "in_progress", to: "delayed" })).toBe("Status: in Umsetzung → verzögert");
    expect(changeText({ field: "progress", from: 40, to: 45 })).toBe("Fortschritt: 40 % → 45 %");
    expect(changeText({ field: "actualEnd", from: null, to: "2026-11-20" })).toBe("Tatsächliches Ende: – → 20.11.2026");
    expect(changeText({ field: "isPublic", from: true, to: false })).toBe("Sichtbarkeit: öffentlich → nicht öffentlich");
  });
  it("shortens long texts", () => {
    expect(changeText({ field: "description", from: "a".repeat(200), to: "b" })).toBe(`Beschreibung: ${"a".repeat(79)}… → b`);
  });
  it("keeps names it does not know", () => {
    expect(changeText({ field: "somethingNew", from: "a", to: "b" })).toBe("somethingNew: a → b");
  });
});
