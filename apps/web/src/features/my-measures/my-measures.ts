/** Due updates first, then the longest without an update; ties by code. */
export function sortForWork<T extends { code: string; updateDue: boolean; daysSinceUpdate: number | null }>(items: readonly T[]): T[] {
  const age = (m: T) => (m.daysSinceUpdate === null ? Number.POSITIVE_INFINITY : m.daysSinceUpdate);
  return [...items].sort(
    (a, b) => Number(b.updateDue) - Number(a.updateDue) || age(b) - age(a) || a.code.localeCompare(b.code, "de"),
  );
}

export const dueCount = (items: ReadonlyArray<{ updateDue: boolean }>) => items.filter((m) => m.updateDue).length;
