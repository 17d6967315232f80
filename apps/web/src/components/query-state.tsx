import type { ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { Link } from "react-router";
import { ApiError } from "../api/client";
import { useDocumentTitle } from "./use-document-title";

interface Props<T> {
  query: UseQueryResult<T, Error>;
  children: (data: T) => ReactNode;
  /**
   * For the query a whole page depends on: while loading or after a failure the page still gets
   * its one <h1> and a document title.
   */
  pageTitle?: string;
  /**
   * The height of what the data becomes (a CSS length), kept free while it loads so that whatever
   * follows does not move down when it arrives.
   */
  reserve?: string;
}

/** Loading, error (with the API's message and a retry) or the data: the same on every screen. */
export function QueryState<T>({ query, children, pageTitle, reserve }: Props<T>) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) return <QueryError error={query.error} retry={() => void query.refetch()} pageTitle={pageTitle} />;
  return <Loading pageTitle={pageTitle} reserve={reserve} />;
}

function Loading({ pageTitle, reserve }: { pageTitle: string | undefined; reserve: string | undefined }) {
  useDocumentTitle(pageTitle);
  return (
    <>
      {pageTitle ? <h1>{pageTitle}</h1> : null}
      <p role="status" className="loading" style={reserve ? { minHeight: reserve } : undefined}>
        Wird geladen …
      </p>
    </>
  );
}

function QueryError({ error, retry, pageTitle }: { error: Error; retry: () => void; pageTitle: string | undefined }) {
  const notFound = error instanceof ApiError && error.status === 404;
  const heading = notFound ? "Nicht gefunden" : pageTitle;
  useDocumentTitle(pageTitle ? heading : undefined);
  return (
    <>
      {heading && pageTitle ? <h1>{heading}</h1> : null}
      <div role="alert" className="notice notice--error">
        <p>{error.message}</p>
        <p className="notice__actions">
          {/* Asking again for something that does not exist gives the same answer. */}
          {notFound ? (
            <Link to="/">Zur Übersicht</Link>
          ) : (
            <button type="button" className="button" onClick={retry}>
              Erneut versuchen
            </button>
          )}
        </p>
      </div>
    </>
  );
}
