/** `set` with `member` in it or not; the same set when nothing changes, so React skips the render. */
export function withMember<T>(set: ReadonlySet<T>, member: T, present: boolean): ReadonlySet<T> {
  if (set.has(member) === present) return set;
  const next = new Set(set);
  if (present) next.add(member);
  else next.delete(member);
  return next;
}
