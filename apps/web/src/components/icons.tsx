import type { Signal, Status } from "@sm/domain/web";

/**
 * Small line icons drawn as inline SVG, so they look the same on every system (emoji and
 * symbol fonts do not). Always decorative: the text beside them carries the meaning.
 */
export type IconName =
  | "circle"
  | "half"
  | "check"
  | "clock"
  | "pause"
  | "cross"
  | "up"
  | "down"
  | "alert"
  | "dash"
  | "calendar"
  | "lock"
  | "sideways";

const PATHS: Record<IconName, string> = {
  circle: "M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11z",
  half: "M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11zM8 2.5v11",
  check: "M3 8.5l3.2 3.2L13 4.8",
  clock: "M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11zM8 5v3.2l2.2 1.6",
  pause: "M5.5 3.5v9M10.5 3.5v9",
  cross: "M4 4l8 8M12 4l-8 8",
  up: "M8 13V3.5M3.8 7.5L8 3.3l4.2 4.2",
  down: "M8 3v9.5M3.8 8.5L8 12.7l4.2-4.2",
  alert: "M8 2L14.5 13.5h-13zM8 6.5v3.5M8 11.6v.1",
  dash: "M3.5 8h9",
  calendar: "M2.5 4h11v9.5h-11zM2.5 7h11M5.5 2.5v3M10.5 2.5v3",
  lock: "M4 7.5h8v6H4zM5.8 7.5V5.5a2.2 2.2 0 0 1 4.4 0v2",
  sideways: "M2.5 8h11M5 5.5L2.5 8L5 10.5M11 5.5L13.5 8L11 10.5",
};

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export const STATUS_ICONS: Record<Status, IconName> = {
  planned: "circle",
  in_progress: "half",
  done: "check",
  delayed: "clock",
  paused: "pause",
  cancelled: "cross",
};

export const SIGNAL_ICONS: Record<Signal, IconName> = {
  ahead: "up",
  on_track: "check",
  behind: "down",
  critical: "alert",
  done: "check",
  not_started: "dash",
  cancelled: "cross",
};
