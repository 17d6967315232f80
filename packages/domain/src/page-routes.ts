/**
 * Every page of the web app, in one list that both sides use: the web app builds its router from
 * it, and the server answers 404 for any other path (and for unknown codes) instead of handing
 * out the page shell with 200 for everything.
 */

/** What a path parameter names, so the server can check that it exists and may be seen. */
export type PageParamKind = "measure" | "kpi" | "field";

export interface PageRoute {
  /** React Router pattern, absolute; `:name` is one path segment */
  readonly path: string;
  /** the kind of record `:code`/`:id` names; without it any value is a page (e.g. admin forms) */
  readonly param?: PageParamKind;
}

export const PAGE_ROUTES = {
  overview: { path: "/" },
  field: { path: "/handlungsfelder/:code", param: "field" },
  measures: { path: "/massnahmen" },
  measure: { path: "/massnahmen/:code", param: "measure" },
  measureUpdate: { path: "/massnahmen/:code/aktualisieren", param: "measure" },
  kpis: { path: "/kennzahlen" },
  kpi: { path: "/kennzahlen/:id", param: "kpi" },
  changes: { path: "/aenderungen" },
  report: { path: "/bericht" },
  methodology: { path: "/so-wird-gerechnet" },
  signIn: { path: "/anmelden" },
  myMeasures: { path: "/meine-massnahmen" },
  account: { path: "/konto" },
  // Administrators' pages: the page itself asks for a sign-in, and an unknown record shows the
  // form's own message. Their parameters are not checked here, so an anonymous request cannot
  // probe which internal or archived codes exist.
  admin: { path: "/verwaltung" },
  adminUsers: { path: "/verwaltung/benutzer" },
  adminUser: { path: "/verwaltung/benutzer/:id" },
  adminMeasures: { path: "/verwaltung/massnahmen" },
  adminMeasureNew: { path: "/verwaltung/massnahmen/neu" },
  adminMeasure: { path: "/verwaltung/massnahmen/:code" },
  adminKpis: { path: "/verwaltung/kennzahlen" },
  adminKpiNew: { path: "/verwaltung/kennzahlen/neu" },
  adminKpi: { path: "/verwaltung/kennzahlen/:id" },
  adminFields: { path: "/verwaltung/handlungsfelder" },
  adminSessions: { path: "/verwaltung/sitzungen" },
  adminSignInLocks: { path: "/verwaltung/anmeldesperren" },
  adminAudit: { path: "/verwaltung/protokoll" },
  accessibility: { path: "/barrierefreiheit" },
  imprint: { path: "/impressum" },
  privacy: { path: "/datenschutz" },
} as const satisfies Record<string, PageRoute>;

export type PageName = keyof typeof PAGE_ROUTES;

export interface PageMatch {
  name: PageName;
  /** the value of the route's parameter, decoded; undefined for a route without one */
  value: string | undefined;
  param: PageParamKind | undefined;
}

const segmentsOf = (path: string) => path.split("/").filter((s) => s !== "");

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Which page a path (without query) is, matched the way React Router matches: static segments
 * ignore case, a trailing slash does not matter, and a static segment beats a parameter
 * (/verwaltung/massnahmen/neu is the form for a new measure, not the measure "neu").
 * Null for a path that is no page.
 */
export function matchPagePath(pathname: string): PageMatch | null {
  const raw = segmentsOf(pathname);
  const segments = raw.map(decode);
  if (segments.some((s) => s === null)) return null;
  let best: { match: PageMatch; staticCount: number } | null = null;
  for (const [name, route] of Object.entries(PAGE_ROUTES) as Array<[PageName, PageRoute]>) {
    const pattern = segmentsOf(route.path);
    if (pattern.length !== segments.length) continue;
    let value: string | undefined;
    let staticCount = 0;
    const fits = pattern.every((part, i) => {
      const segment = segments[i]!;
      if (part.startsWith(":")) {
        value = segment;
        return true;
      }
      staticCount += 1;
      return part.toLowerCase() === segment.toLowerCase();
    });
    if (fits && (!best || staticCount > best.staticCount)) {
      best = { match: { name, value, param: route.param }, staticCount };
    }
  }
  return best?.match ?? null;
}
