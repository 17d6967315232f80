import { describe, expect, it } from "vitest";
import { buildKpiValuePayload, emptyKpiValue } from "./kpi-value";

describe("buildKpiValuePayload", () => {
  it("sends the number and trimmed source", () => {
    const draft = { ...emptyKpiValue("2026-11-27"), value: "27,5", sourceUrl: " https://essen.de/statistik ", sourceLabel: "Amt für Statistik" };
    expect(buildKpiValuePayload(draft)).toEqual({
      payload: { date: "2026-11-27", value: 27.5, sourceUrl: "https://essen.de/statistik", sourceLabel: "Amt für Statistik", isExample: false },
    });
  });
  it("names missing value and date", () => {
    expect(buildKpiValuePayload({ ...emptyKpiValue(""), value: "viel" })).toEqual({
      errors: { value: "Bitte eine Zahl eingeben, z. B. 1.234,5.", date: "Bitte das Datum des Werts angeben." },
    });
  });
});
