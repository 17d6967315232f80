import { describe, expect, it } from "vitest";
import { homePathFor, safeNextPath, signInPathFor } from "./session-paths";

describe("after sign-in", () => {
  it("sends each role to its start page", () => {
    expect(homePathFor("lead")).toBe("/meine-massnahmen");
    expect(homePathFor("council")).toBe("/");
    expect(homePathFor("admin")).toBe("/verwaltung");
  });

  it("follows ?weiter= only inside the app", () => {
    expect(safeNextPath("/massnahmen/HF1-09/aktualisieren")).toBe("/massnahmen/HF1-09/aktualisieren");
    expect(safeNextPath("/verwaltung/protokoll?seite=2")).toBe("/verwaltung/protokoll?seite=2");
    expect(safeNextPath("//evil.example/")).toBeNull();
    expect(safeNextPath("/\\evil.example")).toBeNull();
    expect(safeNextPath("https://evil.example/")).toBeNull();
    expect(safeNextPath("javascript:alert(1)")).toBeNull();
    expect(safeNextPath("/anmelden")).toBeNull();
    expect(safeNextPath(null)).toBeNull();
  });

  it("builds the sign-in link that leads back", () => {
    expect(signInPathFor("/meine-massnahmen")).toBe("/anmelden?weiter=%2Fmeine-massnahmen");
    expect(signInPathFor("/")).toBe("/anmelden");
  });
});
