import { describe, expect, it } from "vitest";
import { matchPagePath, PAGE_ROUTES } from "./page-routes";

describe("matchPagePath", () => {
  it("finds every listed page, with the parameter it names", () => {
    expect(matchPagePath("/")).toEqual({ name: "overview", value: undefined, param: undefined });
    expect(matchPagePath("/massnahmen/HF1-01")).toEqual({ name: "measure", value: "HF1-01", param: "measure" });
    expect(matchPagePath("/massnahmen/HF1-01/aktualisieren")).toEqual({ name: "measureUpdate", value: "HF1-01", param: "measure" });
    expect(matchPagePath("/kennzahlen/online-services")).toEqual({ name: "kpi", value: "online-services", param: "kpi" });
    expect(matchPagePath("/handlungsfelder/HF2")).toEqual({ name: "field", value: "HF2", param: "field" });
    expect(matchPagePath("/so-wird-gerechnet")?.name).toBe("methodology");
    expect(matchPagePath("/verwaltung/benutzer/7")).toEqual({ name: "adminUser", value: "7", param: undefined });
  });

  it("matches each route's own pattern to that route", () => {
    for (const [name, route] of Object.entries(PAGE_ROUTES)) {
      expect(matchPagePath(route.path.replace(/:[a-z]+/g, "X-1"))?.name, route.path).toBe(name);
    }
  });

  it("prefers a static segment over a parameter", () => {
    expect(matchPagePath("/verwaltung/massnahmen/neu")?.name).toBe("adminMeasureNew");
    expect(matchPagePath("/verwaltung/kennzahlen/neu")?.name).toBe("adminKpiNew");
    expect(matchPagePath("/verwaltung/massnahmen/HF1-01")?.name).toBe("adminMeasure");
  });

  it("ignores case in static segments and a trailing slash, as the router does, but keeps the code as written", () => {
    expect(matchPagePath("/Massnahmen/")?.name).toBe("measures");
    expect(matchPagePath("/MASSNAHMEN/hf1-01")).toEqual({ name: "measure", value: "hf1-01", param: "measure" });
  });

  it("decodes the parameter", () => {
    expect(matchPagePath("/massnahmen/HF%201")?.value).toBe("HF 1");
  });

  it("knows no other path", () => {
    for (const path of ["/foo", "/massnahmen/HF1-01/extra", "/verwaltung/unbekannt", "/kennzahlen/a/b", "/index", "/massnahmen/%E0%A4%A"]) {
      expect(matchPagePath(path), path).toBeNull();
    }
  });
});
