import { describe, expect, it } from "vitest";
import { groupKpisByField } from "./group-kpis";

const kpi = (id: string, field: string) => ({ id, field: { code: field, title: `Feld ${field}`, shortTitle: field } });

describe("groupKpisByField", () => {
  it("groups KPIs under their field in the strategy's order", () => {
    const groups = groupKpisByField([kpi("a", "HF2"), kpi("b", "HF1"), kpi("c", "HF2")], ["HF1", "HF2"]);
    expect(groups.map((g) => [g.field.code, g.kpis.map((k) => k.id)])).toEqual([
      ["HF1", ["b"]],
      ["HF2", ["a", "c"]],
    ]);
  });
  it("keeps the API's order without a field order", () => {
    expect(groupKpisByField([kpi("a", "HF3"), kpi("b", "HF1")]).map((g) => g.field.code)).toEqual(["HF3", "HF1"]);
  });
});
