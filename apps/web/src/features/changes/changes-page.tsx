import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import type { ChangesResponse } from "@sm/domain/web";
import { ApiError } from "../../api/client";
import { changesQuery, committeeSessionsQuery } from "../../api/queries";
import { MethodLink } from "../../components/method-link";
import { QueryState } from "../../components/query-state";
import { useDocumentTitle } from "../../components/use-document-title";
import { changeCount, changeCountText, fieldChangesAnchor } from "./change-groups";
import { FieldChanges } from "./field-changes";
import { PeriodForm } from "./period-form";
import { ChangesListView } from "./changes-list";
import { overviewHref, readListChoice } from "./changes-list-params";
import { periodParams, periodSentence, readPeriod, sessionAtStart, type CommitteeSession, type Period } from "./period";

/**
 * /aenderungen: what changed since the last committee session, or in a period from the URL
 * (?von=&bis=), per action field; with ?feld=&liste= one of a field's lists in full.
 */
export function ChangesPage() {
  const [params] = useSearchParams();
  const period = useMemo(() => readPeriod(params), [params]);
  const choice = useMemo(() => readListChoice(params), [params]);
  if (choice) return <ChangesListView period={period} choice={choice} back={overviewHref(params)} />;
  return <ChangesOverview period={period} />;
}

/** All fields' changes in the period, each list with its first entries. */
function ChangesOverview({ period }: { period: Period }) {
  const [, setParams] = useSearchParams();
  const changes = useQuery(changesQuery(period));
  const sessions = useQuery(committeeSessionsQuery()).data?.items ?? [];
  const custom = period.from !== undefined || period.to !== undefined;
  const title = custom ? "Änderungen im gewählten Zeitraum" : "Änderungen seit der letzten Sitzung";
  useDocumentTitle(title);

  // A rejected period is the reader's input: its message belongs at the form, not in place of the page.
  const rejected = changes.error instanceof ApiError && changes.error.status === 400 ? changes.error : null;
  // The form starts with the URL's dates; a date the URL leaves out, with the API's default once known.
  const shown = changes.isPlaceholderData ? undefined : changes.data;
  const initial = { from: period.from ?? shown?.from ?? "", to: period.to ?? shown?.to ?? "" };

  return (
    <>
      <h1>{title}</h1>
      <p className="lead">
        Was sich bei den Maßnahmen und Kennzahlen getan hat: neuer Status, Fortschritt, Verzug, überfällige Meldungen und
        neue Kennzahlwerte, nach Handlungsfeldern.
      </p>
      <PeriodForm
        key={`${initial.from}|${initial.to}`}
        initial={initial}
        sessions={sessions}
        error={rejected}
        name="Zeitraum wählen"
        submitLabel="Zeitraum anzeigen"
        idPrefix="period"
        reset={custom ? { to: "/aenderungen", text: "Seit der letzten Sitzung anzeigen" } : undefined}
        onSubmit={(next) => setParams(periodParams(next), { preventScrollReset: true })}
      />
      {rejected ? (
        <p>Für diesen Zeitraum können keine Änderungen angezeigt werden. Bitte wählen Sie einen anderen Zeitraum.</p>
      ) : (
        <QueryState query={changes}>
          {(data) => <ChangesResult data={data} sessions={sessions} busy={changes.isPlaceholderData && changes.isFetching} />}
        </QueryState>
      )}
    </>
  );
}

function ChangesResult({ data, sessions, busy }: { data: ChangesResponse; sessions: readonly CommitteeSession[]; busy: boolean }) {
  return (
    <div className="changes-result" aria-busy={busy || undefined}>
      {/* Announced when another period has loaded. */}
      <p role="status" className="changes-period">
        {periodSentence(data, sessionAtStart(data, sessions))}
      </p>
      <nav aria-labelledby="changes-summary-title" className="changes-summary card">
        <h2 id="changes-summary-title">Überblick</h2>
        <ul>
          {data.fields.map((f) => (
            <li key={f.code}>
              <a href={`#${fieldChangesAnchor(f.code)}`}>
                {f.code} {f.title}
              </a>
              : {changeCountText(changeCount(f))}
            </li>
          ))}
        </ul>
        <p className="hint">
          Beim Fortschritt stehen nur Änderungen um mindestens {data.progressThreshold} Prozentpunkte.{" "}
          <MethodLink section="signal">Wie werden Fortschritt und Zeitplan berechnet?</MethodLink>
        </p>
      </nav>
      {data.fields.map((f) => (
        <FieldChanges key={f.code} changes={f} period={data} headingLevel={2} />
      ))}
    </div>
  );
}
