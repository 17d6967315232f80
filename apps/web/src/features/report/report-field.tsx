import type { CSSProperties } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { formatDate, type FieldChanges as FieldChangesData, type FieldDetail, type KpiDetail, type KpiWithSeries } from "@sm/domain";
import { ProgressCell } from "../../components/measure-cells";
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
  kpis: Array<{ summary: KpiWithSeries; query: UseQueryResult<KpiDetail> | undefined }>;
}

/** One action field on its own page(s): state, late and stale measures, changes, KPIs with their trend. */
export function ReportField({ field, changes, kpis }: Props) {
  const late = lateMeasures(field.measures);
  const halted = haltedMeasures(field.measures);
  const stale = staleMeasures(field.measures);
  const id = (part: string) => `report-${field.code}-${part}`;
  return (
    <section className="report-field" aria-labelledby={id("title")} style={{ "--field-colour": field.colour } as CSSProperties}>
      <h2 id={id("title")} className="report-field__title">
        <span className="report-field__code">Handlungsfeld {field.code}</span> {field.title}
      </h2>

      <h3>Stand</h3>
      <ProgressBar actual={field.progress.actual} planned={field.progress.planned} label={`Fortschritt ${field.code}`} />
      <p>
        <SignalBadge signal={field.progress.signal} label="Zeitplan" />
      </p>
      <p>Maßnahmen: {statusCountsText(field.statusCounts)}</p>

      <h3 id={id("late")}>Maßnahmen im Verzug ({late.length})</h3>
      {late.length > 0 ? (
        <TableRegion label={`Maßnahmen im Verzug, Handlungsfeld ${field.code}`}>
          <table className="data-table report-table report-table--late" aria-labelledby={id("late")}>
            <thead>
              <tr>
                <th scope="col">Maßnahme</th>
                <th scope="col">Status, Zeitplan</th>
                <th scope="col">Fortschritt</th>
                <th scope="col">Plan-Ende</th>
                <th scope="col">Grund</th>
              </tr>
            </thead>
            <tbody>
              {late.map((m) => (
                <tr key={m.code}>
                  <th scope="row">
                    {m.code} {m.title}
                  </th>
                  <td className="report-table__badges">
                    <StatusBadge status={m.status} /> <SignalBadge signal={m.signal} />
                  </td>
                  <ProgressCell measure={m} />
                  <td className="nowrap">{formatDate(m.plannedEnd)}</td>
                  <td>{m.statusReason || <span className="muted">kein Grund angegeben</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p>Keine Maßnahme liegt hinter dem Plan.</p>
      )}

      <h3 id={id("halted")}>Pausiert oder eingestellt ({halted.length})</h3>
      {halted.length > 0 ? (
        <TableRegion label={`Pausierte oder eingestellte Maßnahmen, Handlungsfeld ${field.code}`}>
          <table className="data-table report-table report-table--halted" aria-labelledby={id("halted")}>
            <thead>
              <tr>
                <th scope="col">Maßnahme</th>
                <th scope="col">Status</th>
                <th scope="col">Fortschritt</th>
                <th scope="col">Grund</th>
              </tr>
            </thead>
            <tbody>
              {halted.map((m) => (
                <tr key={m.code}>
                  <th scope="row">
                    {m.code} {m.title}
                  </th>
                  <td>
                    <StatusBadge status={m.status} />
                  </td>
                  <ProgressCell measure={m} />
                  <td>{m.statusReason || <span className="muted">kein Grund angegeben</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p>Keine Maßnahme ist pausiert oder eingestellt.</p>
      )}

      <h3 id={id("stale")}>Aktualisierung überfällig ({stale.length})</h3>
      {stale.length > 0 ? (
        <TableRegion label={`Maßnahmen mit überfälliger Aktualisierung, Handlungsfeld ${field.code}`}>
          <table className="data-table report-table report-table--stale" aria-labelledby={id("stale")}>
            <thead>
              <tr>
                <th scope="col">Maßnahme</th>
                <th scope="col">Status</th>
                <th scope="col">Letzte Meldung</th>
                <th scope="col">Ohne Meldung</th>
              </tr>
            </thead>
            <tbody>
              {stale.map((m) => (
                <tr key={m.code}>
                  <th scope="row">
                    {m.code} {m.title}
                  </th>
                  <td>
                    <StatusBadge status={m.status} />
                  </td>
                  <td className="nowrap">{formatDate(m.lastUpdate)}</td>
                  <td className="nowrap">{silenceText(m.daysSinceUpdate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p>Alle Maßnahmen wurden im vorgesehenen Abstand aktualisiert.</p>
      )}

      {changes ? <FieldChanges changes={changes} headingLevel={3} heading="Änderungen im Berichtszeitraum" /> : null}

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
