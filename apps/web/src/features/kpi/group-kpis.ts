interface FieldRef {
  code: string;
  title: string;
  shortTitle: string;
}

export interface KpiGroup<T> {
  field: FieldRef;
  kpis: T[];
}

/** KPIs grouped by their field, fields in the order given (the strategy's), then any others. */
export function groupKpisByField<T extends { field: FieldRef }>(kpis: readonly T[], fieldOrder: readonly string[] = []): KpiGroup<T>[] {
  const groups = new Map<string, KpiGroup<T>>();
  for (const kpi of kpis) {
    const group = groups.get(kpi.field.code) ?? { field: kpi.field, kpis: [] };
    group.kpis.push(kpi);
    groups.set(kpi.field.code, group);
  }
  const rank = (code: string) => {
    const index = fieldOrder.indexOf(code);
    return index === -1 ? fieldOrder.length : index;
  };
  return [...groups.values()].sort((a, b) => rank(a.field.code) - rank(b.field.code));
}
