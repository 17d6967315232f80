import type { PageParamKind } from "@sm/domain";
import type { Db } from "../connection";
import { VISIBLE_KPI } from "./kpis";
import { VISIBLE_MEASURE, type ReadScope } from "./measure-state";

/** Who asks; pages exist independent of the date shown, so no asOf here. */
export type PageScope = Pick<ReadScope, "includeInternal" | "viewerId">;

/**
 * Whether the record a page names exists for this reader, by the same visibility rules as the
 * API's reads: an internal measure is "not there" for an anonymous visitor, exactly like an
 * unknown code, and archived measures and KPIs are not there for anyone.
 */
export function pageLookupQueries(db: Db) {
  type Params = { code: string; includeInternal: 0 | 1; viewerId: number | null };
  const measure = db.prepare<[Params], 1>(
    `SELECT 1 FROM measures m WHERE m.code = :code AND m.archived_at IS NULL AND (${VISIBLE_MEASURE})`,
  ).pluck();
  // The KPI reads join the final target, so a KPI without one has no page either.
  const kpi = db.prepare<[Params], 1>(
    `SELECT 1 FROM kpis k JOIN kpi_targets t ON t.kpi_id = k.id AND t.is_final = 1 WHERE k.slug = :code AND ${VISIBLE_KPI}`,
  ).pluck();
  const field = db.prepare<[string], 1>("SELECT 1 FROM fields WHERE code = ?").pluck();

  return {
    exists(kind: PageParamKind, code: string, scope: PageScope): boolean {
      const includeInternal = scope.includeInternal ? 1 : 0;
      switch (kind) {
        case "measure":
          return measure.get({ code, includeInternal, viewerId: scope.viewerId }) !== undefined;
        case "kpi":
          return kpi.get({ code, includeInternal, viewerId: scope.viewerId }) !== undefined;
        case "field":
          return field.get(code) !== undefined;
      }
    },
  };
}
