import { Fragment, type ReactNode } from "react";
import { Link } from "react-router";
import { formatDate, formatPercent, type FieldChanges as FieldChangesData } from "@sm/domain/web";
import { Badge } from "../../components/badge";
import { Icon } from "../../components/icons";
import { InternalBadge } from "../../components/internal-badge";
import { groupPlanChanges } from "../../components/plan-text";
import { SignalBadge } from "../../components/signal-badge";
import { StatusBadge } from "../../components/status-badge";
import { boundedProjection, kpiBounds } from "../kpi/kpi-axis";
import { KpiFigure } from "../kpi/kpi-figure";
import { kpiScopeData, valueProvenance } from "../kpi/value-provenance";
import { CHANGE_GROUP_TITLES, fieldChangesAnchor, groupKpiValues, hasChanges, type ChangeGroup } from "./change-groups";

interface Props {
  changes: FieldChangesData;
  /** level of the field's heading; each list's heading is one level below */
  headingLevel: 2 | 3;
  /** the section's heading; "<code> <title>" of the field unless the page names the field already */
  heading?: string;
}

/**
 * What changed in one action field, as grouped lists. Used by the changes page and the council
 * report: no data fetching and nothing that only works on screen, so it prints as it reads.
 * The section's id (`aenderungen-<code>`) is the target of jump links.
 */
export function FieldChanges({ changes, headingLevel, heading }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `${fieldChangesAnchor(changes.code)}-titel`;
  const sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section id={fieldChangesAnchor(changes.code)} aria-labelledby={headingId} className="field-changes">
      <Heading id={headingId} className="field-changes__title">
        {heading ?? `${changes.code} ${changes.title}`}
      </Heading>
      {hasChanges(changes) ? (
        <>
          <Group kind="statusChanges" items={changes.statusChanges} heading={sub}>
            {(c) => (
              <>
                <MeasureRef measure={c} />
                <span className="change-item__detail">
                  am {formatDate(c.date)} von <StatusBadge status={c.from} /> auf <StatusBadge status={c.to} />
                </span>
                {c.reason ? <span className="change-item__detail">Grund: {c.reason}</span> : null}
              </>
            )}
          </Group>
          <Group kind="progressChanges" items={changes.progressChanges} heading={sub}>
            {(c) => (
              <>
                <MeasureRef measure={c} />
                <span className="change-item__detail">
                  von {formatPercent(c.from)} auf {formatPercent(c.to)}
                </span>
              </>
            )}
          </Group>
          <Group kind="completed" items={changes.completed} heading={sub}>
            {(c) => (
              <>
                <MeasureRef measure={c} />
                <span className="change-item__detail">umgesetzt am {formatDate(c.date)}</span>
              </>
            )}
          </Group>
          <Group kind="becameLate" items={changes.becameLate} heading={sub}>
            {(c) => (
              <>
                <MeasureRef measure={c} />
                <span className="change-item__detail">
                  Zeitplan von <SignalBadge signal={c.from} /> auf <SignalBadge signal={c.to} />
                </span>
              </>
            )}
          </Group>
          <Group kind="replanned" items={changes.replanned} heading={sub}>
            {(r) => (
              <>
                <MeasureRef measure={r} />
                {groupPlanChanges(r.changes).map((entry, i) => (
                  <span key={`${entry.date}-${i}`} className="change-item__detail">
                    am {formatDate(entry.date)}: {entry.changes.join("; ")}
                    {entry.reason ? ` – Grund: ${entry.reason}` : ""}
                  </span>
                ))}
              </>
            )}
          </Group>
          <Group kind="becameStale" items={changes.becameStale} heading={sub}>
            {(c) => (
              <>
                <MeasureRef measure={c} />
                <span className="change-item__detail">
                  {c.lastUpdate
                    ? `letzte Meldung am ${formatDate(c.lastUpdate)}${c.daysSinceUpdate === null ? "" : `, vor ${dayText(c.daysSinceUpdate)}`}`
                    : "noch keine Meldung"}
                </span>
              </>
            )}
          </Group>
          <Group kind="newKpiValues" items={groupKpiValues(changes.newKpiValues)} heading={sub} itemKey={(k) => k.id}>
            {(k) => (
              <span className="change-item__kpi" {...kpiScopeData(k.id)}>
                <Link to={`/kennzahlen/${k.id}`} className="change-item__ref">
                  {k.title}
                </Link>
                <span className="change-item__detail">
                  {k.values.map((v, i) => (
                    <Fragment key={`${v.date}-${i}`}>
                      {i > 0 ? "; " : null}
                      <span className="nowrap">
                        <KpiFigure kpi={k} date={v.date} value={v.value} provenance={valueProvenance(v)} /> am {formatDate(v.date)}
                      </span>
                    </Fragment>
                  ))}
                </span>
              </span>
            )}
          </Group>
          <Group kind="projectionTurned" items={changes.projectionTurned} heading={sub} itemKey={(k) => k.id}>
            {(k) => (
              <span className="change-item__kpi" {...kpiScopeData(k.id)}>
                <Link to={`/kennzahlen/${k.id}`} className="change-item__ref">
                  {k.title}
                </Link>
                <span className="change-item__detail change-item__verdict">
                  <Icon name="alert" />
                  <span>
                    <strong>Ziel voraussichtlich verfehlt:</strong> Trend am Zieldatum{" "}
                    <KpiFigure
                      kpi={k}
                      date={k.targetDate}
                      provenance={{ kind: "projection", basedOnExample: k.basedOnExample }}
                      {...boundedProjection(k.valueAtTarget, kpiBounds(k.unit, [k.targetValue]))}
                    />
                    , Ziel <KpiFigure kpi={k} date={k.targetDate} value={k.targetValue} provenance={{ kind: "target" }} />
                  </span>
                </span>
              </span>
            )}
          </Group>
          {changes.internalNotes && changes.internalNotes.length > 0 ? (
            <div className="field-changes__internal internal-box">
              <Group
                kind="internalNotes"
                items={changes.internalNotes}
                heading={sub}
                marker={<Badge className="badge--internal" icon="alert" text="intern – nur für den Rat" />}
              >
                {(n) => (
                  <>
                    <MeasureRef measure={n} />
                    <span className="change-item__detail">
                      {formatDate(n.date)}
                      {n.author ? `, ${n.author}` : null}:
                    </span>
                    <span className="change-item__detail pre-line">{n.note}</span>
                  </>
                )}
              </Group>
            </div>
          ) : null}
        </>
      ) : (
        <p className="field-changes__none">Keine Änderungen in diesem Zeitraum.</p>
      )}
    </section>
  );
}

function Group<T extends { code: string } | { id: string }>({
  kind,
  items,
  heading: Heading,
  marker,
  itemKey = (item) => ("code" in item ? item.code : item.id),
  children,
}: {
  kind: ChangeGroup;
  items: readonly T[];
  heading: "h3" | "h4";
  marker?: ReactNode;
  itemKey?: (item: T) => string;
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <div className={`field-changes__group field-changes__group--${kind}`}>
      <Heading className="field-changes__group-title">
        {CHANGE_GROUP_TITLES[kind]}
        {marker ? <> {marker}</> : null}
      </Heading>
      <ul className="change-list">
        {items.map((item, index) => (
          <li key={`${itemKey(item)}-${index}`} className="change-item">
            {children(item)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function MeasureRef({ measure: { code, title, isPublic } }: { measure: { code: string; title: string; isPublic: boolean } }) {
  return (
    <span className="change-item__ref">
      <Link to={`/massnahmen/${code}`}>{code}</Link> {title}
      <InternalBadge isPublic={isPublic} />
    </span>
  );
}

const dayText = (days: number) => (days === 1 ? "1 Tag" : `${days} Tagen`);
