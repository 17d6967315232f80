import { describe, expect, it } from "vitest";
import { kpiResultCountText, readKpiSearch, withKpiSearch } from "./kpi-search";

const url = (query: string) => new URLSearchParams(query);

describe("KPI search in the URL", () => {
  it("reads the search text and whether there is something to search for", () => {
    expect(readKpiSearch(url("suche=%20Online%20"))).toEqual({ text: "Online", active: true });
    expect(readKpiSearch(url(""))).toEqual({ text: "", active: false });
    expect(readKpiSearch(url("suche=%2A"))).toEqual({ text: "*", active: false });
  });

  it("sets or removes the search and keeps the page date", () => {
    expect(withKpiSearch(url("stand=2025-03-31"), " Open Data ").toString()).toBe("stand=2025-03-31&suche=Open+Data");
    expect(withKpiSearch(url("stand=2025-03-31&suche=x"), "  ").toString()).toBe("stand=2025-03-31");
  });

  it("announces the number of results", () => {
    expect(kpiResultCountText(1)).toBe("1 Kennzahl gefunden");
    expect(kpiResultCountText(0)).toBe("0 Kennzahlen gefunden");
    expect(kpiResultCountText(4)).toBe("4 Kennzahlen gefunden");
  });
});
