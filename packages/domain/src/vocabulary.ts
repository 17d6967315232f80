/** Zod-free, so the web app's first download does not carry the validation library (enum-schemas.ts). */

/** Measure status keys as reported to the council; the order is the display order. */
export const STATUS_KEYS = ["planned", "in_progress", "done", "delayed", "paused", "cancelled"] as const;
export type Status = (typeof STATUS_KEYS)[number];

export const STATUS_LABELS: Record<Status, string> = {
  planned: "geplant",
  in_progress: "in Umsetzung",
  done: "umgesetzt",
  delayed: "verzögert",
  paused: "pausiert",
  cancelled: "eingestellt",
};

/** Whether a KPI improves when its value rises or when it falls. */
export const DIRECTIONS = ["higher", "lower"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DIRECTION_LABELS: Record<Direction, string> = {
  higher: "höher ist besser",
  lower: "niedriger ist besser",
};

/** On-track signal of a measure or field: planned against actual progress on a date. */
export const SIGNAL_KEYS = ["ahead", "on_track", "behind", "critical", "done", "not_started", "cancelled"] as const;
export type Signal = (typeof SIGNAL_KEYS)[number];

export const SIGNAL_LABELS: Record<Signal, string> = {
  ahead: "vor Plan",
  on_track: "im Plan",
  behind: "hinter Plan",
  critical: "kritisch",
  done: "abgeschlossen",
  not_started: "noch nicht begonnen",
  cancelled: "eingestellt",
};

/** `relevance`: best search matches first (code or title before the other texts); by code without a search. */
export const MEASURE_SORT_KEYS = ["code", "title", "status", "progress", "plannedEnd", "signal", "lastUpdate", "relevance"] as const;
/** The columns a field's measure table sorts by (no search there, so no relevance). */
export const FIELD_MEASURE_SORT_KEYS = ["code", "title", "status", "progress", "plannedEnd", "signal", "lastUpdate"] as const;

/** The lists of a field's changes, in the order a council member reads them. */
export const CHANGE_KINDS = [
  "statusChanges",
  "progressChanges",
  "completed",
  "becameLate",
  "replanned",
  "becameStale",
  "newKpiValues",
  "projectionTurned",
  "internalNotes",
] as const;
