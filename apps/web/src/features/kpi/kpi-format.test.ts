import { describe, expect, it } from "vitest";
import { formatKpiValue, kpiStatusText } from "./kpi-format";

describe("formatKpiValue", () => {
  it("writes numbers in German with their unit", () => {
    expect(formatKpiValue(1234, "Anzahl")).toBe("1.234");
    expect(formatKpiValue(42.25, "%", 1)).toBe("42,3 %");
    expect(formatKpiValue(12, "Tage")).toBe("12 Tage");
    expect(formatKpiValue(5, "Rang")).toBe("Rang 5");
    expect(formatKpiValue(null, "Tage")).toBe("–");
  });
});

describe("kpiStatusText", () => {
  const kpi = { unit: "Anzahl", decimals: 0, target: { date: "2027-12-31", value: 15 } };
  it("names the latest value and the target", () => {
    const latest = { date: "2023-10-12", value: 27, sourceUrl: null, sourceLabel: "", isExample: true, note: "" };
    expect(kpiStatusText({ ...kpi, latest })).toBe("Letzter Wert 27 (12.10.2023), Ziel 15 bis 31.12.2027");
  });
  it("says when no value was reported yet", () => {
    expect(kpiStatusText({ ...kpi, latest: null })).toBe("Noch kein Wert gemeldet, Ziel 15 bis 31.12.2027");
  });
});
