import { useMemo } from "react";
import { useQueries, useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import type { KpiDetail } from "@sm/domain/web";
import { ApiError } from "../../api/client";
import { changesQuery, committeeSessionsQuery, fieldQuery, kpiQuery, strategyQuery } from "../../api/queries";
import { QueryState } from "../../components/query-state";
import { useDocumentTitle } from "../../components/use-document-title";
import { periodParams, readPeriod } from "../changes/period";
import { PeriodForm } from "../changes/period-form";
import { ReportCover } from "./report-cover";
import { ReportField } from "./report-field";
import { AUDIENCE_TEXT, reportAudience, reportDocumentTitle } from "./report-texts";
import "./report.css";

const asRejection = (error: Error | null) => (error instanceof ApiError && error.status === 400 ? error : null);

/**
 * /bericht: the report for a committee session, for a period from the URL (?von=&bis=) or since the
 * last session. The same page is the preview on screen and, printed, the A4 document; the server
 * decides by the session cookie whether it holds internal notes.
 */
/** The largest pages the API gives: a field's report reads as many of its measures and KPIs as it may. */
const REPORT_PAGE = { pageSize: "100", kpiPageSize: "48" };

export function ReportPage() {
  const [params, setParams] = useSearchParams();
  const period = useMemo(() => readPeriod(params), [params]);
  // The figures are those on the period's last day; without one, today's.
  const asOf = period.to;
  const changes = useQuery(changesQuery(period));
  const sessions = useQuery(committeeSessionsQuery()).data?.items ?? [];
  const strategy = useQuery(strategyQuery(asOf));
  // The footer asks for today's strategy anyway; its date is the server's today, the report's creation date.
  const today = useQuery(strategyQuery()).data?.asOf;
  const fields = useQueries({
    queries: (strategy.data?.fields ?? []).map((f) => fieldQuery(f.code, asOf, REPORT_PAGE)),
  });
  const kpiIds = fields.flatMap((f) => f.data?.kpis.items.map((k) => k.id) ?? []);
  const kpis = useQueries({ queries: kpiIds.map((id) => kpiQuery(id, asOf)) });
  const kpiById = new Map<string, UseQueryResult<KpiDetail>>(kpiIds.map((id, index) => [id, kpis[index]!]));

  const shown = changes.isPlaceholderData ? undefined : changes.data;
  useDocumentTitle(reportDocumentTitle(shown));
  const rejected = asRejection(changes.error) ?? asRejection(strategy.error);
  const initial = { from: period.from ?? shown?.from ?? "", to: period.to ?? shown?.to ?? "" };
  const busy =
    changes.isFetching || strategy.isFetching || fields.some((f) => f.isPending) || kpis.some((k) => k.isPending);

  return (
    <>
      <div className="report-controls">
        <h1>Bericht für den Ausschuss</h1>
        <p className="lead">
          Der Stand der Strategie für einen Zeitraum, zum Drucken auf A4 oder zum Speichern als PDF: ein Deckblatt, dann je
          Handlungsfeld eine Seite mit Fortschritt, Verzug, überfälligen Meldungen, den Änderungen und den Kennzahlen.
        </p>
        <PeriodForm
          key={`${initial.from}|${initial.to}`}
          initial={initial}
          sessions={sessions}
          error={rejected}
          name="Berichtszeitraum wählen"
          submitLabel="Bericht anzeigen"
          idPrefix="report"
          onSubmit={(next) => setParams(periodParams(next), { preventScrollReset: true })}
        />
        {shown ? (
          <p className="report-controls__version">
            Sie sehen die <strong>{AUDIENCE_TEXT[reportAudience(shown)].label}</strong>:{" "}
            {AUDIENCE_TEXT[reportAudience(shown)].note}.
          </p>
        ) : null}
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            Drucken / als PDF speichern
          </button>
        </p>
      </div>
      {rejected ? (
        <p>Für diesen Zeitraum kann kein Bericht erstellt werden. Bitte wählen Sie einen anderen Zeitraum.</p>
      ) : (
        <QueryState query={changes}>
          {(data) => (
            <QueryState query={strategy}>
              {(s) => {
                const audience = reportAudience(data);
                return (
                  <article className={`report report--${audience}`} aria-busy={busy} aria-label="Bericht">
                    <ReportCover strategy={s} changes={data} sessions={sessions} today={today} audience={audience} />
                    {fields.map((field, index) => (
                      <QueryState key={s.fields[index]?.code ?? index} query={field}>
                        {(detail) => (
                          <ReportField
                            field={detail}
                            changes={data.fields.find((f) => f.code === detail.code)}
                            period={data}
                            kpis={detail.kpis.items.map((k) => ({ summary: k, query: kpiById.get(k.id) }))}
                          />
                        )}
                      </QueryState>
                    ))}
                  </article>
                );
              }}
            </QueryState>
          )}
        </QueryState>
      )}
    </>
  );
}
