import type { ReactNode } from "react";
import { Link } from "react-router";
import { formatDate, formatPercent, type ChangeItem, type FieldChanges as FieldChangesData, type KpiPoint } from "@sm/domain/web";
import { Badge } from "../../components/badge";
import { Icon } from "../../components/icons";
import { InternalBadge } from "../../components/internal-badge";
import { groupPlanChanges } from "../../components/plan-text";
import { SignalBadge } from "../../components/signal-badge";
import { StatusBadge } from "../../components/status-badge";
import { boundedProjection, kpiBounds } from "../kpi/kpi-axis";
import { KpiFigure } from "../kpi/kpi-figure";
import { kpiScopeData, valueProvenance } from "../kpi/value-provenance";
import { CHANGE_GROUP_TITLES, fieldChangesAnchor, groupTotal, hasChanges, moreText, newValuesText, type ChangeGroup } from "./change-groups";
import { listHref } from "./changes-list-params";

interface Props {
  changes: FieldChangesData;
  /** the period the changes are for: the link to a long list's rest keeps it */
  period: { from: string; to: string };
  /** level of the field's heading; each list's heading is one level below */
  headingLevel: 2 | 3;
  /** the section's heading; "<code> <title>" of the field unless the page names the field already */
  heading?: string;
}

const INTERNAL_MARKER = <Badge className="badge--internal" icon="alert" text="intern – nur für den Rat" />;

/**
 * What changed in one action field, as grouped lists. Used by the changes page and the council
 * report: no data fetching and nothing that only works on screen, so it prints as it reads.
 * A long list shows its first entries and says how many more there are, with a link to all of them.
 * The section's id (`aenderungen-<code>`) is the target of jump links.
 */
export function FieldChanges({ changes, period, headingLevel, heading }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `${fieldChangesAnchor(changes.code)}-titel`;
  const sub = headingLevel === 2 ? "h3" : "h4";
  const group = <K extends Exclude<ChangeGroup, "internalNotes">>(kind: K) => (
    <ChangeList
      kind={kind}
      items={changes[kind] as ChangeItem<K>[]}
      heading={sub}
      more={{ total: groupTotal(changes, kind), href: listHref(period, changes.code, kind) }}
    />
  );
  return (
    <section id={fieldChangesAnchor(changes.code)} aria-labelledby={headingId} className="field-changes">
      <Heading id={headingId} className="field-changes__title">
        {heading ?? `${changes.code} ${changes.title}`}
      </Heading>
      {hasChanges(changes) ? (
        <>
          {group("statusChanges")}
          {group("progressChanges")}
          {group("completed")}
          {group("becameLate")}
          {group("replanned")}
          {group("becameStale")}
          {group("newKpiValues")}
          {group("projectionTurned")}
          {changes.internalNotes && groupTotal(changes, "internalNotes") > 0 ? (
            <div className="field-changes__internal internal-box">
              <ChangeList
                kind="internalNotes"
                items={changes.internalNotes}
                heading={sub}
                marker={INTERNAL_MARKER}
                more={{ total: groupTotal(changes, "internalNotes"), href: listHref(period, changes.code, "internalNotes") }}
              />
            </div>
          ) : null}
        </>
      ) : (
        <p className="field-changes__none">Keine Änderungen in diesem Zeitraum.</p>
      )}
    </section>
  );
}

/**
 * One titled list of changes; with `more`, a line under it says how many entries it leaves out and
 * links to them all. Nothing when the list is empty.
 */
export function ChangeList<K extends ChangeGroup>({
  kind,
  items,
  heading: Heading,
  marker,
  more,
  title = CHANGE_GROUP_TITLES[kind],
}: {
  kind: K;
  items: readonly ChangeItem<K>[];
  heading: "h2" | "h3" | "h4";
  marker?: ReactNode;
  more?: { total: number; href: string };
  title?: string;
}) {
  if (items.length === 0) return null;
  const rest = more ? moreText(more.total, items.length) : "";
  const Entry = ENTRIES[kind] as (props: { item: ChangeItem<K> }) => ReactNode;
  return (
    <div className={`field-changes__group field-changes__group--${kind}`}>
      <Heading className="field-changes__group-title">
        {title}
        {marker ? <> {marker}</> : null}
      </Heading>
      <ul className="change-list">
        {items.map((item, index) => (
          <li key={`${"code" in item ? item.code : item.id}-${index}`} className="change-item">
            <Entry item={item} />
          </li>
        ))}
      </ul>
      {rest && more ? (
        <p className="field-changes__more">
          {rest} – <Link to={more.href}>alle {CHANGE_GROUP_TITLES[kind]} anzeigen</Link>
        </p>
      ) : null}
    </div>
  );
}

/** How each kind of entry reads. */
const ENTRIES: { [K in ChangeGroup]: (props: { item: ChangeItem<K> }) => ReactNode } = {
  statusChanges: ({ item: c }) => (
    <>
      <MeasureRef measure={c} />
      <span className="change-item__detail">
        am {formatDate(c.date)} von <StatusBadge status={c.from} /> auf <StatusBadge status={c.to} />
      </span>
      {c.reason ? <span className="change-item__detail">Grund: {c.reason}</span> : null}
    </>
  ),
  progressChanges: ({ item: c }) => (
    <>
      <MeasureRef measure={c} />
      <span className="change-item__detail">
        von {formatPercent(c.from)} auf {formatPercent(c.to)}
      </span>
    </>
  ),
  completed: ({ item: c }) => (
    <>
      <MeasureRef measure={c} />
      <span className="change-item__detail">umgesetzt am {formatDate(c.date)}</span>
    </>
  ),
  becameLate: ({ item: c }) => (
    <>
      <MeasureRef measure={c} />
      <span className="change-item__detail">
        Zeitplan von <SignalBadge signal={c.from} /> auf <SignalBadge signal={c.to} />
      </span>
    </>
  ),
  replanned: ({ item: r }) => (
    <>
      <MeasureRef measure={r} />
      {groupPlanChanges(r.changes).map((entry, i) => (
        <span key={`${entry.date}-${i}`} className="change-item__detail">
          am {formatDate(entry.date)}: {entry.changes.join("; ")}
          {entry.reason ? ` – Grund: ${entry.reason}` : ""}
        </span>
      ))}
    </>
  ),
  becameStale: ({ item: c }) => (
    <>
      <MeasureRef measure={c} />
      <span className="change-item__detail">
        {c.lastUpdate
          ? `letzte Meldung am ${formatDate(c.lastUpdate)}${c.daysSinceUpdate === null ? "" : `, vor ${dayText(c.daysSinceUpdate)}`}`
          : "noch keine Meldung"}
      </span>
    </>
  ),
  newKpiValues: ({ item: k }) => {
    const point = (p: KpiPoint) => (
      <span className="nowrap">
        <KpiFigure kpi={k} date={p.date} value={p.value} provenance={valueProvenance(p)} /> am {formatDate(p.date)}
      </span>
    );
    return (
      <span className="change-item__kpi" {...kpiScopeData(k.id)}>
        <Link to={`/kennzahlen/${k.id}`} className="change-item__ref">
          {k.title}
        </Link>
        <span className="change-item__detail">
          {k.count === 1 ? (
            point(k.latest)
          ) : (
            <>
              {newValuesText(k.count)}: zuerst {point(k.first)}, zuletzt {point(k.latest)}
            </>
          )}
          {k.previous ? <> (davor {point(k.previous)})</> : null}
        </span>
      </span>
    );
  },
  projectionTurned: ({ item: k }) => (
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
  ),
  internalNotes: ({ item: n }) => (
    <>
      <MeasureRef measure={n} />
      <span className="change-item__detail">
        {formatDate(n.date)}
        {n.author ? `, ${n.author}` : null}:
      </span>
      <span className="change-item__detail pre-line">{n.note}</span>
    </>
  ),
};

function MeasureRef({ measure: { code, title, isPublic } }: { measure: { code: string; title: string; isPublic: boolean } }) {
  return (
    <span className="change-item__ref">
      <Link to={`/massnahmen/${code}`}>{code}</Link> {title}
      <InternalBadge isPublic={isPublic} />
    </span>
  );
}

const dayText = (days: number) => (days === 1 ? "1 Tag" : `${days} Tagen`);
