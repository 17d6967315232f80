import { queryOptions, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { formatNumber, type ChangeItem, type ChangesListResponse } from "@sm/domain/web";
import { api, ApiError, fetchJson } from "../../api/client";
import { Badge } from "../../components/badge";
import { QueryState } from "../../components/query-state";
import { useDocumentTitle } from "../../components/use-document-title";
import { Pagination } from "../measures/pagination";
import { CHANGE_GROUP_TITLES } from "./change-groups";
import { listHref, type ListChoice } from "./changes-list-params";
import { ChangeList } from "./field-changes";
import { periodSentence } from "./period";

/** One list of a field's changes in a period, a page at a time. */
const changesListQuery = (period: { from?: string; to?: string }, choice: Omit<ListChoice, "page"> & { page: number | string }) =>
  queryOptions({
    queryKey: ["changes", "list", period.from ?? null, period.to ?? null, choice.field, choice.kind, choice.page],
    queryFn: () =>
      fetchJson(
        api.changes.list.$get({
          query: {
            ...(period.from ? { from: period.from } : {}),
            ...(period.to ? { to: period.to } : {}),
            field: choice.field,
            kind: choice.kind,
            page: String(choice.page),
          },
        }),
      ),
    placeholderData: (previous) => previous,
  });

/**
 * /aenderungen?feld=&liste=: every entry of one list that the overview shows only the start of,
 * page by page, with the way back to the overview.
 */
export function ChangesListView({
  period,
  choice,
  back,
}: {
  period: { from?: string; to?: string };
  choice: Omit<ListChoice, "page"> & { page: number | string };
  back: string;
}) {
  const list = useQuery(changesListQuery(period, choice));
  const title = `${CHANGE_GROUP_TITLES[choice.kind]} in ${choice.field}`;
  useDocumentTitle(title);
  const rejected = list.error instanceof ApiError && (list.error.status === 400 || list.error.status === 404) ? list.error : null;
  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link to={back}>Zurück zur Übersicht aller Änderungen</Link>
      </p>
      {rejected ? (
        <p role="alert" className="notice notice--error">
          {rejected.message}
        </p>
      ) : (
        <QueryState query={list}>{(data) => <ListPage data={data} busy={list.isPlaceholderData && list.isFetching} />}</QueryState>
      )}
    </>
  );
}

function ListPage({ data, busy }: { data: ChangesListResponse; busy: boolean }) {
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const first = (data.page - 1) * data.pageSize + 1;
  const last = first + data.items.length - 1;
  const period = { from: data.from, to: data.to };
  const href = (page: number) => listHref(period, data.field.code, data.kind, page);
  return (
    <div className="changes-result" aria-busy={busy || undefined}>
      <p role="status" className="changes-period">
        {periodSentence(data, null)}. Handlungsfeld {data.field.code} {data.field.title}:{" "}
        {data.total === 0
          ? "keine Einträge"
          : `Einträge ${formatNumber(first)}–${formatNumber(last)} von ${formatNumber(data.total)}`}
        {data.kind === "progressChanges" ? ` (nur Änderungen um mindestens ${data.progressThreshold} Prozentpunkte)` : ""}
      </p>
      <ChangeList
        kind={data.kind}
        items={data.items as ChangeItem<typeof data.kind>[]}
        heading="h2"
        title={`${CHANGE_GROUP_TITLES[data.kind]}, Seite ${formatNumber(data.page)} von ${formatNumber(pages)}`}
        marker={data.kind === "internalNotes" ? <Badge className="badge--internal" icon="alert" text="intern – nur für den Rat" /> : undefined}
      />
      <Pagination page={data.page} pageCount={pages} hrefFor={href} />
    </div>
  );
}
