import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client";
import { domId, errorsFromApi, mapFieldErrors } from "./field-errors";

const keys = ["progress", "milestones.12.plannedDate", "newMilestones.n2.title", "newMilestones.n10.title", "comment"];

describe("mapFieldErrors", () => {
  it("puts messages next to the inputs they are about", () => {
    expect(mapFieldErrors({ progress: "höchstens 100" }, keys)).toEqual({ byField: { progress: "höchstens 100" }, general: [] });
  });

  it("translates payload rows back to form rows", () => {
    const origin = { "milestones.move.0": "milestones.12", "milestones.add.1": "newMilestones.n2", "milestones.add.10": "newMilestones.n10" };
    expect(
      mapFieldErrors(
        { "milestones.move.0.plannedDate": "nach dem Ende der Strategie", "milestones.add.1.title": "Titel fehlt", "milestones.add.10.title": "zu lang" },
        keys,
        origin,
      ).byField,
    ).toEqual({
      "milestones.12.plannedDate": "nach dem Ende der Strategie",
      "newMilestones.n2.title": "Titel fehlt",
      "newMilestones.n10.title": "zu lang",
    });
  });

  it("gives a message about a list entry to the list's input", () => {
    expect(mapFieldErrors({ "progress.0": "unbekannt" }, keys).byField).toEqual({ progress: "unbekannt" });
  });

  it("keeps messages no input stands for as general ones", () => {
    expect(mapFieldErrors({ baseVersion: "fehlt" }, keys)).toEqual({ byField: {}, general: ["fehlt"] });
  });
});

describe("errorsFromApi", () => {
  it("falls back to the named parameter, then to the message", () => {
    expect(errorsFromApi(new ApiError("Ungültiger Parameter „progress“: höchstens 100", 400, { param: "progress" }), keys).byField).toEqual({
      progress: "Ungültiger Parameter „progress“: höchstens 100",
    });
    expect(errorsFromApi(new ApiError("Keine Berechtigung", 403), keys)).toEqual({ byField: {}, general: ["Keine Berechtigung"] });
  });
});

describe("domId", () => {
  it("makes form keys safe as element ids", () => {
    expect(domId("u", "milestones.12.plannedDate")).toBe("u-milestones-12-plannedDate");
  });
});
