import { Fragment, type CSSProperties, type ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { formatDate, type FieldChanges as FieldChangesData, type FieldDetail, type KpiDetail, type KpiWithSeries, type MeasureListItem } from "@sm/domain/web";
import { InternalBadge } from "../../components/internal-badge";
import { ProgressCell } from "../../components/measure-cells";
import { MethodLink } from "../../components/method-link";
import { ProgressBar } from "../../components/progress-bar";
import { SignalBadge } from "../../components/signal-badge";
import { StatusBadge } from "../../components/status-badge";
import { TableRegion } from "../../components/table-region";
import { FieldChanges } from "../changes/field-changes";
import { statusCountsText } from "../overview/status-counts";
import { ReportKpi } from "./report-kpi";
import { haltedMeasures, lateMeasures, silenceText, staleMeasures } from "./report-measures";

interface Props {
  field: FieldDetail;
  /** the field's changes in the period; missing when the changes list has no such field */
  changes: FieldChangesData | undefined;
  /** the report's period, for the links to the rest of a long list of changes */
  period: { from: string; to: string };
  kpis: Array<{ summary: KpiWithSeries; query: UseQueryResult<KpiDetail> | undefined }>;
}

/** One action field on its own page(s): state, late and stale measures, changes, KPIs with their trend. */
export function ReportField({ field, changes, period, kpis }: Props) {
  const measures = field.measures.items;
  const late = lateMeasures(measures);
  const halted = haltedMeasures(measures);
  const stale = staleMeasures(measures);
  const id = (part: string) => `report-${field.code}-${part}`;
  return (
    <section className="report-field" aria-labelledby={id("title")} style={{ "--field-colour": field.colour } as CSSProperties}>
      <h2 id={id("title")} className="report-field__title">
        <span className="report-field__code">Handlungsfeld {field.code}</span> {field.title}
      </h2>

      <h3>Stand</h3>
      <ProgressBar actual={field.progress.actual} planned={field.progress.planned} label={`Fortschritt ${field.code}`} />
      <p className="signal-line">
        <SignalBadge signal={field.progress.signal} label="Zeitplan" /> <MethodLink section="signal" />
      </p>
      <p>Maßnahmen: {statusCountsText(field.statusCounts)}</p>
      {field.measures.total > measures.length || field.kpis.total > kpis.length ? (
        <p className="muted">
          Ausgewertet: {measures.length} von {field.measures.total} Maßnahmen, {kpis.length} von {field.kpis.total} Kennzahlen (die
          ersten nach Kürzel).
        </p>
      ) : null}

      <MeasureTable
        id={id("late")}
        title="Maßnahmen im Verzug"
        label={`Maßnahmen im Verzug, Handlungsfeld ${field.code}`}
        measures={late}
        empty="Keine Maßnahme liegt hinter dem Plan."
        columns={[
          { header: "Maßnahme", width: "28%", cell: (m) => <MeasureName measure={m} /> },
          {
            header: "Status, Zeitplan",
            width: "20%",
            cell: (m) => (
              <td className="report-table__badges">
                <StatusBadge status={m.status} /> <SignalBadge signal={m.signal} />
              </td>
            ),
          },
          { header: "Fortschritt", width: "15%", cell: (m) => <ProgressCell measure={m} /> },
          { header: "Plan-Ende", width: "14%", cell: (m) => <td className="nowrap">{formatDate(m.plannedEnd)}</td> },
          { header: "Grund", cell: (m) => <ReasonCell measure={m} /> },
        ]}
      />

      <MeasureTable
        id={id("halted")}
        title="Pausiert oder eingestellt"
        label={`Pausierte oder eingestellte Maßnahmen, Handlungsfeld ${field.code}`}
        measures={halted}
        empty="Keine Maßnahme ist pausiert oder eingestellt."
        columns={[
          { header: "Maßnahme", width: "34%", cell: (m) => <MeasureName measure={m} /> },
          { header: "Status", width: "16%", cell: (m) => <StatusCell measure={m} /> },
          { header: "Fortschritt", width: "16%", cell: (m) => <ProgressCell measure={m} /> },
          { header: "Grund", cell: (m) => <ReasonCell measure={m} /> },
        ]}
      />

      <MeasureTable
        id={id("stale")}
        title="Aktualisierung überfällig"
        label={`Maßnahmen mit überfälliger Aktualisierung, Handlungsfeld ${field.code}`}
        measures={stale}
        empty="Alle Maßnahmen wurden im vorgesehenen Abstand aktualisiert."
        columns={[
          { header: "Maßnahme", width: "46%", cell: (m) => <MeasureName measure={m} /> },
          { header: "Status", cell: (m) => <StatusCell measure={m} /> },
          { header: "Letzte Meldung", cell: (m) => <td className="nowrap">{formatDate(m.lastUpdate)}</td> },
          { header: "Ohne Meldung", cell: (m) => <td className="nowrap">{silenceText(m.daysSinceUpdate)}</td> },
        ]}
      />

      {changes ? <FieldChanges changes={changes} period={period} headingLevel={3} heading="Änderungen im Berichtszeitraum" /> : null}

      <h3>Kennzahlen ({kpis.length})</h3>
      {kpis.length > 0 ? (
        <>
          <p className="muted small">
            Durchgezogene Linie mit Punkten: gemeldete Werte. Gestrichelte Linie: gerader Weg vom Ausgangswert zum Ziel. Gepunktete
            Linie: Trend der gemeldeten Werte bis zum Zieldatum (Projektion). Rauten: Zwischenziele.
          </p>
          {kpis.map(({ summary, query }) => (
            <ReportKpi key={summary.id} summary={summary} query={query} />
          ))}
        </>
      ) : (
        <p>Diesem Handlungsfeld sind keine Kennzahlen zugeordnet.</p>
      )}
    </section>
  );
}

interface Column {
  header: string;
  /** share of the printed page's width; the rest goes to the columns without one */
  width?: string;
  /** the row's cell for this column (a <td> or <th>) */
  cell: (measure: MeasureListItem) => ReactNode;
}

interface MeasureTableProps {
  id: string;
  title: string;
  /** the scrollable region's name */
  label: string;
  measures: MeasureListItem[];
  /** the sentence shown instead of an empty table */
  empty: string;
  columns: Column[];
}

/** A titled table of some of the field's measures, or a sentence saying there are none. */
function MeasureTable({ id, title, label, measures, empty, columns }: MeasureTableProps) {
  return (
    <>
      <h3 id={id}>
        {title} ({measures.length})
      </h3>
      {measures.length > 0 ? (
        <TableRegion label={label}>
          <table className="data-table report-table" aria-labelledby={id}>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.header} scope="col" style={c.width ? { width: c.width } : undefined}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {measures.map((m) => (
                <tr key={m.code}>
                  {columns.map((c) => (
                    <Fragment key={c.header}>{c.cell(m)}</Fragment>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p>{empty}</p>
      )}
    </>
  );
}

const MeasureName = ({ measure }: { measure: MeasureListItem }) => (
  <th scope="row">
    {measure.code} {measure.title}
    <InternalBadge isPublic={measure.isPublic} />
  </th>
);

const StatusCell = ({ measure }: { measure: MeasureListItem }) => (
  <td>
    <StatusBadge status={measure.status} />
  </td>
);

const ReasonCell = ({ measure }: { measure: MeasureListItem }) => (
  <td>{measure.statusReason || <span className="muted">kein Grund angegeben</span>}</td>
);
