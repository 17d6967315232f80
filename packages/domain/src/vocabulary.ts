import { z } from "zod";

/** Measure status keys as reported to the council; the order is the display order. */
export const STATUS_KEYS = ["planned", "in_progress", "done", "delayed", "paused", "cancelled"] as const;
export const statusSchema = z.enum(STATUS_KEYS);
export type Status = z.infer<typeof statusSchema>;

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
export const directionSchema = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof directionSchema>;

export const DIRECTION_LABELS: Record<Direction, string> = {
  higher: "höher ist besser",
  lower: "niedriger ist besser",
};

/** On-track signal of a measure or field: planned against actual progress on a date. */
export const SIGNAL_KEYS = ["ahead", "on_track", "behind", "critical", "done", "not_started", "cancelled"] as const;
export const signalSchema = z.enum(SIGNAL_KEYS);
export type Signal = z.infer<typeof signalSchema>;

export const SIGNAL_LABELS: Record<Signal, string> = {
  ahead: "vor Plan",
  on_track: "im Plan",
  behind: "hinter Plan",
  critical: "kritisch",
  done: "abgeschlossen",
  not_started: "noch nicht begonnen",
  cancelled: "eingestellt",
};
