export interface Assignment {
  lead: string[];
  deputy: string[];
}

/**
 * Ticks or unticks one measure for one role. A person cannot lead and deputise the same measure,
 * so ticking one role unticks the other. Codes stay sorted, so the request is stable.
 */
export function toggleAssignment(current: Assignment, code: string, role: keyof Assignment, checked: boolean): Assignment {
  const other: keyof Assignment = role === "lead" ? "deputy" : "lead";
  const withRole = new Set(current[role]);
  const withOther = new Set(current[other]);
  if (checked) {
    withRole.add(code);
    withOther.delete(code);
  } else {
    withRole.delete(code);
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, "de", { numeric: true }));
  return role === "lead"
    ? { lead: sorted(withRole), deputy: sorted(withOther) }
    : { lead: sorted(withOther), deputy: sorted(withRole) };
}

/** Whether two assignments give the person the same measures in the same roles, in any order. */
export function sameAssignment(a: Assignment, b: Assignment): boolean {
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((code) => y.includes(code));
  return same(a.lead, b.lead) && same(a.deputy, b.deputy);
}

/** Measures whose lead or deputy would change to this person, for the warning before saving. */
export function takenOver(
  next: Assignment,
  before: Assignment,
  measures: ReadonlyArray<{ code: string; lead: { id: number } | null; deputy: { id: number } | null }>,
  userId: number,
): string[] {
  const added = (role: keyof Assignment) => next[role].filter((code) => !before[role].includes(code));
  return measures
    .filter(
      (m) =>
        (added("lead").includes(m.code) && m.lead !== null && m.lead.id !== userId) ||
        (added("deputy").includes(m.code) && m.deputy !== null && m.deputy.id !== userId),
    )
    .map((m) => m.code);
}
