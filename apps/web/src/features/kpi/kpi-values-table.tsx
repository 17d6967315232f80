import { formatDate, type KpiDetail } from "@sm/domain/web";
import { TableRegion } from "../../components/table-region";
import { newestFirst } from "../measure/measure-timeline";
import { ProvenanceMark } from "./kpi-figure";
import { formatKpiValue } from "./kpi-format";
import { figureData, valueProvenance } from "./value-provenance";

/**
 * Every reported value with where it comes from: its source, or the mark that it is example data.
 * Each row carries the figure's data attributes, as a KpiFigure does.
 */
export function KpiValuesTable({ kpi }: { kpi: KpiDetail }) {
  const values = newestFirst(kpi.values);
  const hasNotes = values.some((v) => v.note);
  return (
    <TableRegion label="Alle Werte mit Quelle">
      <table className="data-table">
        <caption>Alle Werte mit Quelle, neueste zuerst</caption>
        <thead>
          <tr>
            <th scope="col">Datum</th>
            <th scope="col" className="num">
              Wert
            </th>
            <th scope="col">Quelle</th>
            {hasNotes && <th scope="col">Anmerkung</th>}
          </tr>
        </thead>
        <tbody>
          {values.map((v, index) => (
            <tr key={`${v.date}-${index}`} {...figureData(kpi.id, v.date, "value")}>
              <th scope="row" className="nowrap">
                {formatDate(v.date)}
              </th>
              <td className="num nowrap">{formatKpiValue(v.value, kpi.unit, kpi.decimals)}</td>
              <td>
                <ProvenanceMark provenance={valueProvenance(v)} namedSource />
              </td>
              {hasNotes && <td>{v.note}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
