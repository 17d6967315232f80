import type { MeasureDetail, MeasureView, SessionUser } from "@sm/domain";
import type { PageScope, ReadScope } from "@sm/db";
import type { Services } from "./deps";

/**
 * The one place that decides what each audience reads. Anonymous visitors get public fields of
 * public measures; leads additionally the internal fields of the measures they lead or deputise;
 * council members and administrators everything. Every route builds its scope and its measure
 * view here, so no route can forget a rule.
 */
export function readScope(viewer: SessionUser | null, asOf: string): ReadScope {
  return { asOf, ...pageScope(viewer) };
}

/** Who reads, without a date: whether a page's measure or KPI exists for them does not depend on it. */
export function pageScope(viewer: SessionUser | null): PageScope {
  return {
    includeInternal: viewer?.role === "council" || viewer?.role === "admin",
    viewerId: viewer?.id ?? null,
  };
}

interface Restricted {
  isPublic: boolean;
  leadUserId: number | null;
  deputyUserId: number | null;
  risk: string;
  version: number;
}

const ownsMeasure = (viewer: SessionUser, m: Pick<Restricted, "leadUserId" | "deputyUserId">) =>
  viewer.id === m.leadUserId || viewer.id === m.deputyUserId;

export function canSeeInternal(viewer: SessionUser | null, m: Pick<Restricted, "leadUserId" | "deputyUserId">): boolean {
  if (!viewer) return false;
  return viewer.role === "council" || viewer.role === "admin" || ownsMeasure(viewer, m);
}

/** Leads update the measures they lead or deputise; administrators any; council members none. */
export function canUpdateMeasure(viewer: SessionUser | null, m: Pick<Restricted, "leadUserId" | "deputyUserId">): boolean {
  if (!viewer) return false;
  return viewer.role === "admin" || (viewer.role === "lead" && ownsMeasure(viewer, m));
}

/** A measure as this viewer may read it: public fields always, `internal` only when allowed. */
export function measureView(
  services: Services,
  viewer: SessionUser | null,
  found: Omit<MeasureDetail, "kpis"> & { id: number; restricted: Restricted },
  kpis: MeasureView["kpis"],
  asOf: string,
): MeasureView {
  const { id, restricted, ...publicFields } = found;
  const view: MeasureView = { ...publicFields, kpis };
  if (!canSeeInternal(viewer, restricted)) return view;
  return {
    ...view,
    internal: {
      isPublic: restricted.isPublic,
      version: restricted.version,
      risk: restricted.risk,
      lead: services.measureInternal.userRef(restricted.leadUserId),
      deputy: services.measureInternal.userRef(restricted.deputyUserId),
      updates: services.measureInternal.updates(id, asOf),
      canUpdate: canUpdateMeasure(viewer, restricted),
    },
  };
}
