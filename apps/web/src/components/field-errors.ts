import type { ApiError } from "../api/client";

export interface MappedErrors {
  /** messages that belong to one input, by the form's own key */
  byField: Record<string, string>;
  /** messages no input of the form stands for (shown in the summary only) */
  general: string[];
}

/**
 * Puts the server's per-field messages (keyed by the path in the request body, e.g.
 * "milestones.add.0.title") next to the inputs they are about. `origin` translates payload paths
 * of list rows back to form rows, because the body only holds the rows that changed.
 */
export function mapFieldErrors(
  fields: Record<string, string>,
  knownKeys: readonly string[],
  origin: Record<string, string> = {},
): MappedErrors {
  const known = new Set(knownKeys);
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const key = nearestKnown(translatePath(path, origin), known);
    if (key !== null) byField[key] = byField[key] ? `${byField[key]}; ${message}` : message;
    else general.push(message);
  }
  return { byField, general };
}

/** "targetGroups.1" belongs to the input "targetGroups": the longest known prefix of the path. */
function nearestKnown(path: string, known: Set<string>): string | null {
  const parts = path.split(".");
  for (let n = parts.length; n > 0; n -= 1) {
    const candidate = parts.slice(0, n).join(".");
    if (known.has(candidate)) return candidate;
  }
  return null;
}

function translatePath(path: string, origin: Record<string, string>): string {
  // The longest payload prefix that stands for a form row wins ("milestones.add.10" before "…add.1").
  const prefix = Object.keys(origin)
    .filter((p) => path === p || path.startsWith(`${p}.`))
    .sort((a, b) => b.length - a.length)[0];
  return prefix ? `${origin[prefix]}${path.slice(prefix.length)}` : path;
}

/**
 * The field messages of a failed save; when the server named no fields but one parameter, that
 * parameter gets the message. Anything else becomes a general message.
 */
export function errorsFromApi(error: ApiError, knownKeys: readonly string[], origin: Record<string, string> = {}): MappedErrors {
  const fields = Object.keys(error.fields).length > 0 ? error.fields : error.param ? { [error.param]: error.message } : {};
  const mapped = mapFieldErrors(fields, knownKeys, origin);
  if (Object.keys(mapped.byField).length === 0 && mapped.general.length === 0) mapped.general.push(error.message);
  return mapped;
}

/** A form key as a DOM id: "milestones.12.plannedDate" → "u-milestones-12-plannedDate". */
export const domId = (prefix: string, key: string) => `${prefix}-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
