import { dayNumber, formatDate, type FieldTimeline, type Status, type TimelineMeasure } from "@sm/domain/web";
import { planShiftText } from "../../components/plan-text";
import { milestoneState, milestoneText, type MilestoneState } from "../measure/measure-timeline";

/** A stretch of the horizon in percent of its width, for `left` and `width` in CSS. */
export interface Span {
  left: number;
  width: number;
}

export interface MilestoneMark {
  id: number;
  /** where the milestone sits: the day it was reached, or its planned day while open */
  left: number;
  state: MilestoneState;
  /** "Pilot, geplant 30.06.2024, erreicht am 20.06.2024" */
  text: string;
  /** the text with "Meilenstein: " before it: the marker's name and visible label */
  label: string;
  /** which way the label opens, so it stays inside the chart near either edge */
  align: "start" | "center" | "end";
}

export interface TimelineRow {
  measure: TimelineMeasure;
  planned: Span;
  /** "01.01.2024 bis 31.12.2024" */
  plannedText: string;
  /** the plan as adopted, drawn as an outline while a revised plan differs from it */
  baseline: Span | null;
  /** "ursprünglich geplant bis 30.06.2027, 1× verschoben"; null while the adopted plan holds */
  baselineText: string | null;
  /** actual start to actual end, or to the date read while the measure is still running */
  actual: (Span & { running: boolean }) | null;
  /** "06.03.2023 bis 10.09.2024", "seit 06.03.2023, läuft" or "noch nicht begonnen" */
  actualText: string;
  milestones: MilestoneMark[];
}

export interface TimelineLayout {
  years: Array<Span & { year: number }>;
  marker: { left: number; label: string; align: "start" | "end" };
  rows: TimelineRow[];
}


const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Places every date of a field's timeline across the horizon. Dates are whole days: a span covers
 * its first and its last day, so a measure planned for all of 2024 fills exactly the 2024 column.
 * `pageAsOf` is the page date from the URL; without one the marker reads "Heute".
 */
export function layoutTimeline(timeline: FieldTimeline, pageAsOf?: string): TimelineLayout {
  const { horizon, asOf } = timeline;
  const first = dayNumber(horizon.start);
  const days = dayNumber(horizon.end) + 1 - first;
  // Start of a day, in percent; dates outside the horizon stick to its edge.
  const at = (date: string) => clamp(((dayNumber(date) - first) / days) * 100, 0, 100);
  const afterDay = (date: string) => clamp(((dayNumber(date) + 1 - first) / days) * 100, 0, 100);
  const span = (from: string, to: string): Span => ({ left: at(from), width: Math.max(0, afterDay(to) - at(from)) });

  const years: TimelineLayout["years"] = [];
  for (let year = Number(horizon.start.slice(0, 4)); year <= Number(horizon.end.slice(0, 4)); year++) {
    years.push({ year, ...span(`${year}-01-01`, `${year}-12-31`) });
  }

  const markerLeft = (at(asOf) + afterDay(asOf)) / 2;
  return {
    years,
    marker: {
      left: markerLeft,
      label: pageAsOf ? `Stand ${formatDate(asOf)}` : `Heute, ${formatDate(asOf)}`,
      align: markerLeft > 50 ? "end" : "start",
    },
    rows: timeline.measures.map((measure) => {
      const actualEnd = measure.actualEnd ?? asOf;
      const actual = measure.actualStart ? { ...span(measure.actualStart, actualEnd), running: !measure.actualEnd } : null;
      return {
        measure,
        planned: span(measure.plannedStart, measure.plannedEnd),
        plannedText: `${formatDate(measure.plannedStart)} bis ${formatDate(measure.plannedEnd)}`,
        baseline:
          measure.baseline.start !== measure.plannedStart || measure.baseline.end !== measure.plannedEnd
            ? span(measure.baseline.start, measure.baseline.end)
            : null,
        baselineText: planShiftText(measure),
        actual,
        actualText: actualText(measure),
        milestones: measure.milestones.map((m) => {
          const date = m.completedDate ?? m.plannedDate;
          const left = (at(date) + afterDay(date)) / 2;
          const moved = m.baselineDate !== m.plannedDate ? ` (ursprünglich ${formatDate(m.baselineDate)})` : "";
          const text = `${m.title}, geplant ${formatDate(m.plannedDate)}${moved}, ${milestoneText(m, asOf)}`;
          return {
            id: m.id,
            left,
            state: milestoneState(m, asOf),
            text,
            label: `Meilenstein: ${text}`,
            // By thirds: a label at most 60vw wide then fits beside its marker even 360 px wide.
            align: left < 100 / 3 ? "start" : left > 200 / 3 ? "end" : "center",
          };
        }),
      };
    }),
  };
}

/** How a started measure without an actual end stands; "läuft" would be wrong once it stopped. */
const OPEN_END: Record<Status, string> = {
  planned: "läuft",
  in_progress: "läuft",
  delayed: "läuft, verzögert",
  paused: "pausiert",
  cancelled: "eingestellt",
  done: "umgesetzt",
};

/** The actual span in words, for the bar's screen-reader text and the table. */
export function actualText(measure: Pick<TimelineMeasure, "actualStart" | "actualEnd" | "status">): string {
  if (!measure.actualStart) return "noch nicht begonnen";
  if (!measure.actualEnd) return `seit ${formatDate(measure.actualStart)}, ${OPEN_END[measure.status]}`;
  return `${formatDate(measure.actualStart)} bis ${formatDate(measure.actualEnd)}`;
}
