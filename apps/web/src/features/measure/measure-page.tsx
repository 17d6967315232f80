import type { CSSProperties } from "react";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { formatDate, formatPercent, type MeasureView, type StrategyResponse } from "@sm/domain/web";
import { measureQuery, strategyQuery } from "../../api/queries";
import { useAsOf } from "../../components/as-of";
import { AsOfLink } from "../../components/as-of-link";
import { AsOfNotice } from "../../components/as-of-notice";
import { Icon } from "../../components/icons";
import { InternalBadge } from "../../components/internal-badge";
import { MethodLink } from "../../components/method-link";
import { ProgressBar } from "../../components/progress-bar";
import { QueryState } from "../../components/query-state";
import { SignalBadge } from "../../components/signal-badge";
import { StatusBadge } from "../../components/status-badge";
import { useDocumentTitle } from "../../components/use-document-title";
import { UpdateDueBadge } from "../../components/update-due-badge";
import { InternalSection } from "./internal-section";
import { planShiftText } from "../../components/plan-text";
import { historyItems, milestoneState, milestoneText } from "./measure-timeline";
import { updateDueText } from "./update-due";

export function MeasurePage() {
  const { code = "" } = useParams();
  const asOf = useAsOf();
  const measure = useQuery(measureQuery(code, asOf));
  const strategy = useQuery(strategyQuery(asOf));
  return (
    <>
      <AsOfNotice />
      <QueryState query={measure} pageTitle="Maßnahme">
        {(data) => <Measure measure={data} strategy={strategy.data} />}
      </QueryState>
    </>
  );
}

const labelsOf = (keys: string[], vocabulary: Array<{ key: string; label: string }> | undefined) =>
  keys.map((key) => vocabulary?.find((entry) => entry.key === key)?.label ?? key).join(", ") || "–";

function Measure({ measure, strategy }: { measure: MeasureView; strategy: StrategyResponse | undefined }) {
  useDocumentTitle(measure.title);
  const colour = strategy?.fields.find((f) => f.code === measure.field.code)?.colour;
  const today = strategy?.asOf ?? new Date().toISOString().slice(0, 10);
  const planShift = planShiftText(measure);
  const story = historyItems(measure.history, measure.planChanges);
  return (
    <article className="measure-page" style={colour ? ({ "--field-colour": colour } as CSSProperties) : undefined}>
      <nav aria-label="Brotkrumenpfad" className="breadcrumb">
        <ol>
          <li>
            <AsOfLink to="/">Übersicht</AsOfLink>
          </li>
          <li>
            <AsOfLink to={`/handlungsfelder/${measure.field.code}`}>
              {measure.field.code} {measure.field.shortTitle}
            </AsOfLink>
          </li>
          <li aria-current="page">Maßnahme {measure.code}</li>
        </ol>
      </nav>
      <p className="eyebrow">
        Maßnahme {measure.code}
        <InternalBadge isPublic={measure.isPublic} />
      </p>
      <h1>{measure.title}</h1>
      {measure.summary && <p className="lead">{measure.summary}</p>}

      <section aria-labelledby="m-state" className="card field-card">
        <h2 id="m-state">Stand</h2>
        <p className="badges">
          <StatusBadge status={measure.status} label="Status" />
          <SignalBadge signal={measure.signal} label="Zeitplan" />
          <MethodLink section="signal" />
        </p>
        {measure.statusReason ? (
          <p className="status-reason status-reason--page">
            <span className="status-reason__label">Grund:</span> {measure.statusReason}
          </p>
        ) : null}
        <ProgressBar actual={measure.progress} planned={measure.plannedProgress} label={`Fortschritt ${measure.code}`} />
        <p className="muted">zuletzt aktualisiert {measure.lastUpdate ? formatDate(measure.lastUpdate) : "– (noch keine Meldung)"}</p>
        {measure.updateDue && (
          <p className="update-due">
            <UpdateDueBadge />
            <span>{updateDueText(measure.daysSinceUpdate)}</span>
          </p>
        )}
      </section>

      {measure.internal ? <InternalSection code={measure.code} internal={measure.internal} /> : null}

      {measure.description && (
        <section aria-labelledby="m-description">
          <h2 id="m-description">Beschreibung</h2>
          <p>{measure.description}</p>
        </section>
      )}

      <section aria-labelledby="m-facts">
        <h2 id="m-facts">Eckdaten</h2>
        <dl className="details">
          <dt>Handlungsfeld</dt>
          <dd>
            <AsOfLink to={`/handlungsfelder/${measure.field.code}`}>
              {measure.field.code} {measure.field.title}
            </AsOfLink>
          </dd>
          <dt>Geplanter Zeitraum</dt>
          <dd>
            {formatDate(measure.plannedStart)} – {formatDate(measure.plannedEnd)}
            {planShift ? <span className="plan-shift">{planShift} (siehe Verlauf)</span> : null}
          </dd>
          <dt>Tatsächlicher Beginn</dt>
          <dd>{measure.actualStart ? formatDate(measure.actualStart) : "noch nicht begonnen"}</dd>
          <dt>Tatsächliches Ende</dt>
          <dd>{measure.actualEnd ? formatDate(measure.actualEnd) : "noch nicht abgeschlossen"}</dd>
          <dt>Verantwortlich</dt>
          <dd>{measure.department || "–"}</dd>
          <dt>Zielgruppen</dt>
          <dd>{labelsOf(measure.targetGroups, strategy?.targetGroups)}</dd>
          <dt>Querschnittsthemen</dt>
          <dd>{labelsOf(measure.topics, strategy?.topics)}</dd>
        </dl>
      </section>

      <section aria-labelledby="m-milestones">
        <h2 id="m-milestones">Meilensteine</h2>
        {measure.milestones.length > 0 ? (
          <ul className="milestones">
            {measure.milestones.map((m) => {
              const state = milestoneState(m, today);
              return (
                <li key={`${m.plannedDate}-${m.title}`} className={`milestone milestone--${state}`}>
                  <Icon name={state === "done" ? "check" : state === "overdue" ? "alert" : "circle"} />
                  <span>
                    <strong>{m.title}</strong> – geplant {formatDate(m.plannedDate)}
                    {m.baselineDate !== m.plannedDate ? ` (ursprünglich ${formatDate(m.baselineDate)})` : ""}; {milestoneText(m, today)}
                  </span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p>Für diese Maßnahme sind keine Meilensteine veröffentlicht.</p>
        )}
      </section>

      <section aria-labelledby="m-history">
        <h2 id="m-history">Verlauf</h2>
        {story.length > 0 ? (
          <ol className="timeline" aria-label="Meldungen und Terminänderungen, neueste zuerst">
            {story.map((item, index) =>
              item.kind === "update" ? (
                <li key={`${item.entry.date}-${index}`}>
                  <p className="timeline__head">
                    <time dateTime={item.entry.date}>{formatDate(item.entry.date)}</time>
                    <StatusBadge status={item.entry.status} />
                    <span>Fortschritt {formatPercent(item.entry.progress)}</span>
                  </p>
                  {item.entry.reason && (
                    <p>
                      <strong>Grund:</strong> {item.entry.reason}
                    </p>
                  )}
                  {item.entry.comment && <p>{item.entry.comment}</p>}
                </li>
              ) : (
                <li key={`${item.entry.date}-${index}`} className="timeline__plan">
                  <p className="timeline__head">
                    <time dateTime={item.entry.date}>{formatDate(item.entry.date)}</time>
                    <span className="badge badge--plan">
                      <Icon name="calendar" />
                      Zeitplan geändert
                    </span>
                  </p>
                  <p>
                    {item.entry.changes.join("; ")}
                    {item.entry.reason ? (
                      <>
                        {" "}
                        – <strong>Grund:</strong> {item.entry.reason}
                      </>
                    ) : null}
                  </p>
                </li>
              ),
            )}
          </ol>
        ) : (
          <p>Zu dieser Maßnahme gibt es noch keine Meldungen.</p>
        )}
      </section>

      <section aria-labelledby="m-kpis">
        <h2 id="m-kpis">Kennzahlen</h2>
        {measure.kpis.length > 0 ? (
          <ul>
            {measure.kpis.map((kpi) => (
              <li key={kpi.id}>
                <AsOfLink to={`/kennzahlen/${kpi.id}`}>{kpi.title}</AsOfLink>
              </li>
            ))}
          </ul>
        ) : (
          <p>Mit dieser Maßnahme sind keine Kennzahlen verknüpft.</p>
        )}
      </section>
    </article>
  );
}
