import { formatDate, type KpiDetail } from "@sm/domain/web";
import type { IconName } from "../../components/icons";

export type KpiProjection = NonNullable<KpiDetail["projection"]>;

export interface ProjectionVerdict {
  tone: "reached" | "missed" | "none";
  icon: IconName;
  /** "Ziel voraussichtlich erreicht" and the like */
  headline: string;
  /** when the trend meets the target, or that it moves away; empty when there is nothing to add */
  detail: string;
}

/** What the trend of the reported values says about the target, in words (the icon only repeats it). */
export function projectionVerdict(projection: KpiProjection | null): ProjectionVerdict {
  if (!projection) return { tone: "none", icon: "dash", headline: "Zu wenige Werte für eine Projektion", detail: "" };
  const detail = projection.dateReached
    ? `Trend erreicht das Ziel am ${formatDate(projection.dateReached)}`
    : projection.reachesTarget
      ? ""
      : "Der Trend bewegt sich vom Ziel weg";
  return projection.reachesTarget
    ? { tone: "reached", icon: "check", headline: "Ziel voraussichtlich erreicht", detail }
    : { tone: "missed", icon: "alert", headline: "Ziel voraussichtlich verfehlt", detail };
}

/** The verdict as one sentence. */
export function projectionVerdictText(projection: KpiProjection | null): string {
  const { headline, detail } = projectionVerdict(projection);
  return detail ? `${headline}. ${detail}.` : `${headline}.`;
}
