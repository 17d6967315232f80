import { Fragment } from "react";
import { useQuery } from "@tanstack/react-query";
import { formatDate, type StrategyResponse } from "@sm/domain/web";
import { measureListQuery, progressQuery, strategyQuery } from "../../api/queries";
import { useAsOf } from "../../components/as-of";
import { AsOfLink } from "../../components/as-of-link";
import { AsOfNotice } from "../../components/as-of-notice";
import { ExampleDataNote } from "../../components/example-data-note";
import { MethodLink } from "../../components/method-link";
import { ProgressBar } from "../../components/progress-bar";
import { UpdateDueBadge } from "../../components/update-due-badge";
import { QueryState } from "../../components/query-state";
import { SignalBadge } from "../../components/signal-badge";
import { useDocumentTitle } from "../../components/use-document-title";
import { AsOfControl } from "./as-of-control";
import { FieldCard } from "./field-card";
import { ProgressSection } from "./progress-section";
import { statusCountsText } from "./status-counts";

/** "Gemeinsam.Modern.Bürgernah." may wrap after each dot on a phone instead of mid-word. */
function breakAfterDots(title: string) {
  return title.split(/(?<=\.)(?=\p{L})/u).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

export function OverviewPage() {
  const asOf = useAsOf();
  const strategy = useQuery(strategyQuery(asOf));
  return (
    <>
      <AsOfNotice />
      <QueryState query={strategy} pageTitle="Übersicht">
        {(data) => <Overview strategy={data} asOf={asOf} />}
      </QueryState>
    </>
  );
}

function Overview({ strategy, asOf }: { strategy: StrategyResponse; asOf: string | undefined }) {
  useDocumentTitle("Übersicht");
  const years = `${strategy.horizon.start.slice(0, 4)}–${strategy.horizon.end.slice(0, 4)}`;
  const progress = useQuery(progressQuery(null, asOf));
  // Today's date comes from the server (the city's time zone), also while a past date is shown.
  const today = useQuery(strategyQuery()).data?.asOf;
  return (
    <>
      <p className="eyebrow">Digitalstrategie der Stadt {strategy.city}</p>
      <h1>{breakAfterDots(strategy.title)}</h1>
      <p className="lead">{strategy.description}</p>
      <dl className="facts">
        <div>
          <dt>Laufzeit</dt>
          <dd>
            {formatDate(strategy.horizon.start)} – {formatDate(strategy.horizon.end)}
          </dd>
        </div>
        <div>
          <dt>Beschlossen am</dt>
          <dd>{formatDate(strategy.adoptedOn)}</dd>
        </div>
        <div>
          <dt>Stand der Zahlen</dt>
          <dd>{formatDate(strategy.asOf)}</dd>
        </div>
      </dl>

      {today ? <AsOfControl horizon={strategy.horizon} today={today} asOf={asOf} /> : null}

      <ExampleDataNote />

      <section aria-labelledby="overall" className="card overall">
        <h2 id="overall">Gesamtfortschritt</h2>
        <ProgressBar actual={strategy.progress.actual} planned={strategy.progress.planned} label="Gesamtfortschritt" />
        <p className="signal-line">
          <SignalBadge signal={strategy.progress.signal} label="Zeitplan" /> <MethodLink section="signal" />
        </p>
        <p>Maßnahmen: {statusCountsText(strategy.statusCounts)}</p>
        <OverdueNote asOf={asOf} />
      </section>

      <p className="section-intro">
        Die Strategie ordnet ihre Maßnahmen {strategy.fields.length} Handlungsfeldern zu. Der Strich im Balken zeigt, wie weit
        ein Feld nach Plan {asOf ? "zum angezeigten Stand" : "heute"} sein sollte.{" "}
        <MethodLink section="signal" />
      </p>
      <div className="card-grid">
        {strategy.fields.map((field) => (
          <FieldCard key={field.code} field={field} />
        ))}
      </div>

      <ProgressSection title={`Fortschritt ${years}`} query={progress} />

      {strategy.sources.length > 0 && (
        <section aria-labelledby="sources">
          <h2 id="sources">Quellen zur Strategie</h2>
          <ul>
            {strategy.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url}>{source.label}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/**
 * How many measures owe an update, with the way to the list: the council's list of overdue
 * measures (signed-in council members also count the internal ones; the server decides).
 */
function OverdueNote({ asOf }: { asOf: string | undefined }) {
  const due = useQuery(measureListQuery({ updateDue: "true", pageSize: "1", ...(asOf ? { asOf } : {}) }));
  const total = due.data?.total;
  if (!total) return null;
  return (
    <p className="overdue-note">
      <UpdateDueBadge /> bei {total} {total === 1 ? "Maßnahme" : "Maßnahmen"}:{" "}
      <AsOfLink to="/massnahmen?faellig=ja">Maßnahmen mit fälliger Aktualisierung anzeigen</AsOfLink>
    </p>
  );
}
