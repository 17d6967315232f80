import { Hono, type Context } from "hono";
import { changesListQuerySchema, changesQuerySchema, formatDate } from "@sm/domain";
import { readScope } from "../audience";
import type { Services } from "../deps";
import type { AppEnv } from "../env";
import { errorBody, notFound } from "../errors";
import { validate } from "../validate";

/**
 * The period of a request: `to` defaults to today, `from` to the last committee session before it
 * (else the horizon's start). A string is the parameter and message of a 400.
 */
function period(services: Services, query: { from?: string | undefined; to?: string | undefined }) {
  const today = services.today();
  const horizon = services.horizon();
  const to = query.to ?? today;
  if (to > today) return { param: "to", message: "das Datum liegt in der Zukunft" };
  const session = query.from ? undefined : services.committeeSessions.lastBefore(to);
  const from = query.from ?? session?.date ?? horizon.start;
  for (const [param, date] of [["from", from], ["to", to]] as const) {
    if (date < horizon.start || date > horizon.end) {
      return { param, message: `das Datum liegt außerhalb des Zeitrahmens ${formatDate(horizon.start)} – ${formatDate(horizon.end)}` };
    }
  }
  if (from > to) return { param: "from", message: "der Beginn liegt nach dem Ende des Zeitraums" };
  return { from, to, session: session ?? null };
}

const bad = (c: Context<AppEnv>, param: string, message: string) =>
  c.json(errorBody("bad_request", `Ungültiger Parameter „${param}“: ${message}`, param), 400);

/**
 * GET /api/v1/changes?from=&to=: what changed in a period, per field, each list cut to its first
 * entries beside its total. Without `from` the period starts at the last committee session before
 * `to` (default today).
 * GET /api/v1/changes/list?from=&to=&field=&kind=&page=: one of those lists in full, page by page.
 */
export const changesRoute = (services: Services) =>
  new Hono<AppEnv>()
    .get("/", validate("query", changesQuerySchema), (c) => {
      const p = period(services, c.req.valid("query"));
      if (p.param !== undefined) return bad(c, p.param, p.message);
      const { includeInternal, viewerId } = readScope(c.get("viewer"), p.to);
      return c.json(services.changes.between(p.from, p.to, { includeInternal, viewerId }, p.session), 200);
    })
    .get("/list", validate("query", changesListQuerySchema), (c) => {
      const query = c.req.valid("query");
      const p = period(services, query);
      if (p.param !== undefined) return bad(c, p.param, p.message);
      const { includeInternal, viewerId } = readScope(c.get("viewer"), p.to);
      if (query.kind === "internalNotes" && !includeInternal) {
        return bad(c, "kind", "interne Notizen sehen nur Ratsmitglieder und die Verwaltung");
      }
      const page = services.changes.page(p.from, p.to, { includeInternal, viewerId }, query.field, query.kind, query.page);
      if (!page) return notFound(c, `Handlungsfeld „${query.field}“ nicht gefunden.`);
      if (query.page > 1 && (query.page - 1) * page.pageSize >= page.total) {
        return bad(c, "page", `diese Liste hat nur ${Math.max(1, Math.ceil(page.total / page.pageSize))} Seite(n)`);
      }
      return c.json(page, 200);
    });

/** GET /api/v1/committee-sessions: the committee's session dates, for choosing a report period. */
export const committeeSessionsRoute = (services: Services) =>
  new Hono<AppEnv>().get("/", (c) => c.json({ items: services.committeeSessions.all() }, 200));
