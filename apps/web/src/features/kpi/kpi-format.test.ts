import { describe, expect, it } from "vitest";
import { formatKpiValue } from "./kpi-format";

describe("formatKpiValue", () => {
  it("writes numbers in German with their unit", () => {
    expect(formatKpiValue(1234, "Anzahl")).toBe("1.234");
    expect(formatKpiValue(42.25, "%", 1)).toBe("42,3 %");
    expect(formatKpiValue(12, "Tage")).toBe("12 Tage");
    expect(formatKpiValue(5, "Rang")).toBe("Rang 5");
    expect(formatKpiValue(null, "Tage")).toBe("–");
  });
});
