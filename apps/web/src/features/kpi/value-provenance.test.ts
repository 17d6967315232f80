import { describe, expect, it } from "vitest";
import { attainmentProvenance, figureData, figureText, projectionProvenance, provenanceText, valueProvenance } from "./value-provenance";

const rank = { id: "gisma-rank", unit: "Rang", decimals: 0 };

describe("provenanceText and figureText", () => {
  it("mark example data, name a source, call a target a plan", () => {
    expect(figureText(rank, 5, valueProvenance({ isExample: true, sourceUrl: null }))).toBe("Rang 5 (Beispieldaten)");
    expect(figureText(rank, 6, valueProvenance({ isExample: false, sourceUrl: "https://evv-essen.de/x", sourceLabel: "EVV Essen" }))).toBe(
      "Rang 6 (Quelle: EVV Essen)",
    );
    expect(figureText(rank, 3, { kind: "target" })).toBe("Rang 3 (Planwert)");
    expect(provenanceText({ kind: "interim" })).toBe("Planwert");
  });

  it("mark what is computed from example data, and nothing when it is computed from sourced values only", () => {
    expect(figureText(rank, 0.75, attainmentProvenance({ baseline: { isExample: false }, latest: { isExample: true } }))).toBe("75 % (aus Beispieldaten)");
    expect(figureText(rank, 0.5, attainmentProvenance({ baseline: { isExample: false }, latest: { isExample: false } }))).toBe("50 %");
    expect(projectionProvenance([{ isExample: false }, { isExample: true }])).toEqual({ kind: "projection", basedOnExample: true });
  });

  it("says the trend's own result beside a bound it was cut off at", () => {
    expect(figureText({ id: "x", unit: "%", decimals: 1 }, 0, { kind: "projection", basedOnExample: true }, -1.76)).toBe(
      "0 % (Grenze; rechnerisch -1,76 %) (aus Beispieldaten)",
    );
  });
});

describe("figureData", () => {
  it("names KPI, date and kind for the browser tests", () => {
    expect(figureData("gisma-rank", "2026-05-20", "value")).toEqual({
      "data-kpi-value": "gisma-rank",
      "data-kpi-date": "2026-05-20",
      "data-kpi-kind": "value",
    });
  });
});
