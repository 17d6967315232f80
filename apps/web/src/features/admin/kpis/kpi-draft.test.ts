import { describe, expect, it } from "vitest";
import type { KpiDetail } from "@sm/domain/web";
import { buildCreateKpi, buildEditKpi, draftFromKpi, emptyKpiDraft, hasKpiEdits, kpiLabels } from "./kpi-draft";

const kpi = {
  id: "online-dienste",
  title: "Online-Dienste",
  unit: "Anzahl",
  direction: "higher",
  decimals: 0,
  field: { code: "HF1", title: "Verwaltung", shortTitle: "Verwaltung" },
  measures: [{ code: "HF1-09", title: "x" }],
  baseline: { date: "2023-01-01", value: 1200, sourceUrl: null, isExample: true },
  target: { date: "2027-12-31", value: 2500 },
  latest: null,
  projection: null,
  attainment: null,
  description: "Zahl",
  frequency: "jährlich",
  interimTargets: [{ date: "2025-12-31", value: 1800.5 }],
  values: [],
  pointsPer: "value",
  valueCount: 0,
  exampleValueCount: 0,
} as KpiDetail;

describe("draftFromKpi", () => {
  it("writes numbers the German way and leaves visibility open", () => {
    const d = draftFromKpi(kpi);
    expect(d).toMatchObject({ baselineValue: "1.200", targetValue: "2.500", visibility: "", measures: ["HF1-09"] });
    expect(d.interimTargets[0]).toMatchObject({ date: "2025-12-31", value: "1.800,5" });
  });
});

describe("buildEditKpi", () => {
  const base = draftFromKpi(kpi);
  it("sends nothing for an untouched form", () => {
    expect(buildEditKpi(base, base)).toEqual({ payload: {} });
  });
  it("sends a changed part of the target as the whole target, and visibility when chosen", () => {
    expect(buildEditKpi({ ...base, targetValue: "3.000", visibility: "internal", archived: true }, base)).toEqual({
      payload: { target: { date: "2027-12-31", value: 3000 }, isPublic: false, archived: true },
    });
  });
  it("names numbers it cannot read", () => {
    expect(buildEditKpi({ ...base, baselineValue: "viele" }, base)).toEqual({ errors: { "baseline.value": "Bitte eine Zahl eingeben." } });
  });
});

describe("buildCreateKpi", () => {
  it("builds the create request", () => {
    const d = { ...emptyKpiDraft(), id: " neu ", field: "HF1", title: "T", unit: "%", baselineDate: "2024-01-01", baselineValue: "12,5", targetDate: "2027-01-01", targetValue: "50", baselineIsExample: true };
    expect(buildCreateKpi(d)).toEqual({
      payload: expect.objectContaining({ id: "neu", baseline: { date: "2024-01-01", value: 12.5, sourceUrl: null, isExample: true }, target: { date: "2027-01-01", value: 50 }, isPublic: true, decimals: 0 }),
    });
  });
});

describe("kpiLabels", () => {
  it("labels each interim target", () => {
    expect(kpiLabels(draftFromKpi(kpi))["interimTargets.0.value"]).toBe("Zwischenziel 1: Wert");
  });
});

describe("hasKpiEdits", () => {
  const base = draftFromKpi(kpi);
  it("an opened or hand-reverted edit form has none", () => {
    expect(hasKpiEdits("edit", base, base)).toBe(false);
    expect(hasKpiEdits("edit", { ...base, title: " Online-Dienste" }, base)).toBe(false);
  });
  it("a changed text, number or interim target is an edit, an unreadable number too", () => {
    expect(hasKpiEdits("edit", { ...base, title: "Online-Dienste gesamt" }, base)).toBe(true);
    expect(hasKpiEdits("edit", { ...base, targetValue: "2600" }, base)).toBe(true);
    expect(hasKpiEdits("edit", { ...base, interimTargets: [] }, base)).toBe(true);
    expect(hasKpiEdits("edit", { ...base, targetValue: "viel" }, base)).toBe(true);
  });
  it("a new KPI has edits as soon as it differs from the empty form, an added empty row included", () => {
    expect(hasKpiEdits("create", emptyKpiDraft(), emptyKpiDraft())).toBe(false);
    expect(hasKpiEdits("create", { ...emptyKpiDraft(), title: "Neu" }, emptyKpiDraft())).toBe(true);
    expect(hasKpiEdits("create", { ...emptyKpiDraft(), interimTargets: [{ key: "t1", date: "", value: "" }] }, emptyKpiDraft())).toBe(true);
  });
});
