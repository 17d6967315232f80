/**
 * The entries of `draft` that differ from `original` (text compared trimmed, sent trimmed), so an
 * edit only touches what the person changed.
 */
export function changedTexts<K extends string>(draft: Record<K, string>, original: Record<K, string>): Partial<Record<K, string>> {
  const changes: Partial<Record<K, string>> = {};
  for (const key of Object.keys(draft) as K[]) {
    const value = (draft[key] ?? "").trim();
    if (value !== (original[key] ?? "").trim()) changes[key] = value;
  }
  return changes;
}
