import { describe, expect, it } from "vitest";
import { buildKpiValuePayload, emptyKpiValue, kpiValueChanged } from "./kpi-value";

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

describe("kpiValueChanged", () => {
  const base = emptyKpiValue("2026-11-27");
  it("is false for the empty form and for blanks only", () => {
    expect(kpiValueChanged(base, base)).toBe(false);
    expect(kpiValueChanged({ ...base, value: "  ", sourceLabel: " " }, base)).toBe(false);
  });
  it("is true as soon as any input holds something the form started without", () => {
    expect(kpiValueChanged({ ...base, value: "27,5" }, base)).toBe(true);
    expect(kpiValueChanged({ ...base, sourceUrl: "https://essen.de" }, base)).toBe(true);
    expect(kpiValueChanged({ ...base, sourceLabel: "Amt für Statistik" }, base)).toBe(true);
    expect(kpiValueChanged({ ...base, isExample: true }, base)).toBe(true);
    expect(kpiValueChanged({ ...base, date: "2026-10-01" }, base)).toBe(true);
  });
});
