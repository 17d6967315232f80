import { useMemo, useState, type CSSProperties } from "react";
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { formatPercent, type FieldTimeline as Timeline } from "@sm/domain/web";
import { fieldTimelineQuery } from "../../api/queries";
import { AsOfLink } from "../../components/as-of-link";
import { InternalBadge } from "../../components/internal-badge";
import { listCaption, readPage } from "../../components/page-range";
import { Pager } from "../../components/pager";
import { QueryState } from "../../components/query-state";
import { SignalBadge, signalAddsToStatus } from "../../components/signal-badge";
import { StatusBadge } from "../../components/status-badge";
import { TableRegion } from "../../components/table-region";
import type { MilestoneState } from "../measure/measure-timeline";
import { layoutTimeline, type MilestoneMark, type TimelineLayout, type TimelineRow } from "./timeline-layout";

const TIMELINE_PAGE_PARAM = "zeitplan-seite";

/** The Gantt chart of a page of a field's measures, with its own loading and error state and its own page in the URL. */
export function FieldTimeline({ code, asOf }: { code: string; asOf?: string }) {
  const [params] = useSearchParams();
  const page = readPage(params.get(TIMELINE_PAGE_PARAM));
  const query = useQuery(fieldTimelineQuery(code, asOf, page > 1 ? String(page) : undefined));
  return (
    <QueryState query={query}>
      {(timeline) => <TimelineView timeline={timeline} pageAsOf={asOf} busy={query.isPlaceholderData && query.isFetching} />}
    </QueryState>
  );
}

const at = (left: number): CSSProperties => ({ left: `${left}%` });
const spanStyle = ({ left, width }: { left: number; width: number }): CSSProperties => ({ left: `${left}%`, width: `${width}%` });

function TimelineView({ timeline, pageAsOf, busy }: { timeline: Timeline; pageAsOf: string | undefined; busy: boolean }) {
  const layout = useMemo(() => layoutTimeline(timeline, pageAsOf), [timeline, pageAsOf]);
  if (timeline.total === 0) return <p>Diesem Handlungsfeld sind noch keine Maßnahmen zugeordnet.</p>;
  const caption = listCaption(`Zeitplan der Maßnahmen im Handlungsfeld ${timeline.field.code}`, "Maßnahmen", timeline);
  const pager = <Pager label="Seiten des Zeitplans" noun="Maßnahmen im Zeitplan" param={TIMELINE_PAGE_PARAM} {...timeline} />;
  return (
    <div className="gantt" aria-busy={busy}>
      <Legend markerLabel={layout.marker.label} showBaseline={layout.rows.some((r) => r.baseline !== null)} />
      <div className="gantt__chart">
        <Scale layout={layout} />
        <ul className="gantt__rows" aria-label={caption}>
          {layout.rows.map((row) => (
            <Row key={row.measure.code} row={row} />
          ))}
        </ul>
      </div>
      {pager}
      <details className="gantt__details">
        <summary>Zeitplan als Tabelle anzeigen</summary>
        <TimelineTable rows={layout.rows} caption={caption} />
      </details>
    </div>
  );
}

function Legend({ markerLabel, showBaseline }: { markerLabel: string; showBaseline: boolean }) {
  return (
    <ul className="gantt__legend">
      <li>
        <span className="gantt__key gantt__key--planned" aria-hidden="true" /> Plan (umrandet)
      </li>
      {showBaseline ? (
        <li>
          <span className="gantt__key gantt__key--baseline" aria-hidden="true" /> ursprünglicher Plan (gestrichelt), wo verschoben
        </li>
      ) : null}
      <li>
        <span className="gantt__key gantt__key--actual" aria-hidden="true" /> Ist (gefüllt)
      </li>
      <li>
        <MilestoneShape state="done" /> Meilenstein erreicht
      </li>
      <li>
        <MilestoneShape state="open" /> Meilenstein offen
      </li>
      <li>
        <MilestoneShape state="overdue" /> Meilenstein überfällig
      </li>
      <li>
        <span className="gantt__key gantt__key--marker" aria-hidden="true" /> {markerLabel}
      </li>
    </ul>
  );
}

/** Year columns, gridlines and the date marker: drawn once behind all rows, silent for screen readers. */
function Scale({ layout }: { layout: TimelineLayout }) {
  const { marker } = layout;
  return (
    <div className="gantt__scale" aria-hidden="true">
      <div className="gantt__years">
        {layout.years.map((y) => (
          <span key={y.year} className="gantt__year" style={spanStyle(y)}>
            {y.year}
          </span>
        ))}
      </div>
      {layout.years.map((y) => (
        <span key={y.year} className="gantt__gridline" style={at(y.left)} />
      ))}
      <span className="gantt__marker" style={at(marker.left)} />
      <span className={`gantt__marker-label gantt__marker-label--${marker.align}`} style={at(marker.left)}>
        {marker.label}
      </span>
    </div>
  );
}

function Row({ row }: { row: TimelineRow }) {
  const { measure, planned, actual } = row;
  return (
    <li className="gantt__row">
      <div className="gantt__label">
        <AsOfLink to={`/massnahmen/${measure.code}`} className="gantt__link">
          <span className="gantt__code">{measure.code}</span> {measure.title}
        </AsOfLink>
        <InternalBadge isPublic={measure.isPublic} />
        <span className="gantt__state">
          <StatusBadge status={measure.status} />{" "}
          {signalAddsToStatus(measure.status, measure.signal) ? <SignalBadge signal={measure.signal} label="Zeitplan" /> : null}{" "}
          <span>{formatPercent(measure.progress)}</span>
        </span>
      </div>
      <div className="gantt__track">
        {row.baseline ? (
          <span className="gantt__bar gantt__bar--baseline" style={spanStyle(row.baseline)}>
            <span className="visually-hidden">{row.baselineText}</span>
          </span>
        ) : null}
        <span className="gantt__bar gantt__bar--planned" style={spanStyle(planned)}>
          <span className="visually-hidden">Plan: {row.plannedText}</span>
        </span>
        {actual ? (
          <span className={`gantt__bar gantt__bar--actual${actual.running ? " gantt__bar--running" : ""}`} style={spanStyle(actual)}>
            <span className="visually-hidden">Ist: {row.actualText}</span>
          </span>
        ) : (
          <span className="visually-hidden">Ist: {row.actualText}</span>
        )}
        {row.milestones.map((m) => (
          <MilestoneMarker key={m.id} mark={m} code={measure.code} />
        ))}
      </div>
    </li>
  );
}

/**
 * A milestone as a link to its measure's milestones. Its label shows on hover and focus, stays
 * while the pointer is over it, and Escape hides it (WCAG 1.4.13).
 */
function MilestoneMarker({ mark, code }: { mark: MilestoneMark; code: string }) {
  const [dismissed, setDismissed] = useState(false);
  return (
    <AsOfLink
      to={`/massnahmen/${code}#m-milestones`}
      className={`gantt__milestone gantt__milestone--${mark.state}${dismissed ? " is-dismissed" : ""}`}
      style={at(mark.left)}
      onKeyDown={(event) => {
        if (event.key === "Escape") setDismissed(true);
      }}
      onBlur={() => setDismissed(false)}
      onMouseLeave={() => setDismissed(false)}
    >
      <MilestoneShape state={mark.state} />
      <span className={`gantt__tip gantt__tip--${mark.align}`}>{mark.label}</span>
    </AsOfLink>
  );
}

/** Reached: filled diamond; open: hollow circle; overdue: hollow triangle. Shape, not colour, tells them apart. */
function MilestoneShape({ state }: { state: MilestoneState }) {
  return (
    <svg className={`gantt__shape gantt__shape--${state}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {state === "done" ? (
        <path d="M8 1.5 14.5 8 8 14.5 1.5 8z" />
      ) : state === "open" ? (
        <circle cx="8" cy="8" r="5.5" />
      ) : (
        <path d="M8 2 14.5 13.5h-13z" />
      )}
    </svg>
  );
}

function TimelineTable({ rows, caption }: { rows: TimelineRow[]; caption: string }) {
  return (
    <TableRegion label={`Tabelle: ${caption}`}>
      <table className="data-table gantt__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Maßnahme</th>
            <th scope="col">Status, Zeitplan</th>
            <th scope="col" className="num">
              Fortschritt
            </th>
            <th scope="col">Plan</th>
            <th scope="col">Ist</th>
            <th scope="col">Meilensteine</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ measure: m, plannedText, baselineText, actualText, milestones }) => (
            <tr key={m.code}>
              <th scope="row">
                {m.code} {m.title}
                <InternalBadge isPublic={m.isPublic} />
              </th>
              <td>
                <StatusBadge status={m.status} /> <SignalBadge signal={m.signal} label="Zeitplan" />
              </td>
              <td className="num">{formatPercent(m.progress)}</td>
              <td className="gantt__dates">
                {plannedText}
                {baselineText ? <span className="plan-shift">{baselineText}</span> : null}
              </td>
              <td className="gantt__dates">{actualText}</td>
              <td>
                {milestones.length > 0 ? (
                  <ul className="gantt__table-milestones">
                    {milestones.map((mark) => (
                      <li key={mark.id}>{mark.text}</li>
                    ))}
                  </ul>
                ) : (
                  "–"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
