import { formatDate, PAGE_ROUTES, type ChangesResponse, type StrategyResponse } from "@sm/domain/web";
import { AsOfLink } from "../../components/as-of-link";
import { ExampleDataNote } from "../../components/example-data-note";
import { Icon } from "../../components/icons";
import { ProgressBar } from "../../components/progress-bar";
import { progressText } from "../../components/progress-text";
import { SignalBadge } from "../../components/signal-badge";
import { TableRegion } from "../../components/table-region";
import { changeCount, changeCountText } from "../changes/change-groups";
import { sessionAtStart, type CommitteeSession } from "../changes/period";
import { statusCountsText } from "../overview/status-counts";
import { AUDIENCE_TEXT, committeeLine, sessionFor, type ReportAudience } from "./report-texts";

interface Props {
  strategy: StrategyResponse;
  changes: ChangesResponse;
  sessions: readonly CommitteeSession[];
  /** the server's today, the day the report is made; unknown while it loads */
  today: string | undefined;
  audience: ReportAudience;
}

/** The first page: what, for whom, which period, which version, and the strategy at a glance. */
export function ReportCover({ strategy, changes, sessions, today, audience }: Props) {
  const startSession = sessionAtStart(changes, sessions);
  const version = AUDIENCE_TEXT[audience];
  return (
    <section className="report-cover" aria-labelledby="report-cover-title">
      <p className="report-cover__city">Stadt {strategy.city} · Digitalstrategie</p>
      <h2 id="report-cover-title" className="report-cover__title">
        {strategy.title}
      </h2>
      <p className="report-cover__committee">{committeeLine(sessionFor(sessions, changes.to))}</p>
      <dl className="report-cover__facts">
        <dt>Berichtszeitraum</dt>
        <dd>
          {formatDate(changes.from)} bis {formatDate(changes.to)}
          {startSession ? ` (seit der Sitzung „${startSession.title}“)` : null}
        </dd>
        <dt>Stand der Zahlen</dt>
        <dd>{formatDate(changes.to)}</dd>
        <dt>Erstellt am</dt>
        <dd>{formatDate(today)}</dd>
      </dl>
      <p className={`report-version report-version--${audience}`}>
        <Icon name={audience === "council" ? "alert" : "check"} />
        <span>
          <strong>{version.label}</strong> – {version.note}.
        </span>
      </p>

      <h3>Gesamtstand</h3>
      <ProgressBar actual={strategy.progress.actual} planned={strategy.progress.planned} label="Fortschritt der Strategie" />
      <p className="signal-line">
        <SignalBadge signal={strategy.progress.signal} label="Zeitplan" />
      </p>
      <p>Maßnahmen: {statusCountsText(strategy.statusCounts)}</p>
      <TableRegion label="Handlungsfelder im Überblick">
        <table className="data-table report-table report-table--fields">
          <caption>Handlungsfelder im Überblick</caption>
          <thead>
            <tr>
              <th scope="col">Handlungsfeld</th>
              <th scope="col">Fortschritt</th>
              <th scope="col">Zeitplan</th>
              <th scope="col">Änderungen im Zeitraum</th>
            </tr>
          </thead>
          <tbody>
            {strategy.fields.map((f) => {
              const fieldChanges = changes.fields.find((c) => c.code === f.code);
              return (
                <tr key={f.code}>
                  <th scope="row">
                    {f.code} {f.shortTitle}
                  </th>
                  <td>{progressText(f.progress.actual, f.progress.planned)}</td>
                  <td>
                    <SignalBadge signal={f.progress.signal} />
                  </td>
                  <td>{fieldChanges ? changeCountText(changeCount(fieldChanges)) : "–"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
      <p className="muted small">
        Beim Fortschritt der Maßnahmen stehen unter „Änderungen“ nur Änderungen um mindestens {changes.progressThreshold}{" "}
        Prozentpunkte.
      </p>
      <p className="muted small">
        Wie Fortschritt, Zeitplan-Signal, Zielerreichung und Projektion berechnet werden, erklärt die Seite{" "}
        <AsOfLink to={PAGE_ROUTES.methodology.path}>„So wird gerechnet“</AsOfLink> im Strategiemonitor.
      </p>
      <ExampleDataNote />
    </section>
  );
}
