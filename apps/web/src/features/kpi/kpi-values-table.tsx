import { formatDate, type KpiDetail } from "@sm/domain";
import { TableRegion } from "../../components/table-region";
import { newestFirst } from "../measure/measure-timeline";
import { formatKpiValue } from "./kpi-format";

/** Every reported value with its source; values without a source are marked as example data. */
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
            <th scope="col">Art der Angabe</th>
            {hasNotes && <th scope="col">Anmerkung</th>}
          </tr>
        </thead>
        <tbody>
          {values.map((v, index) => (
            <tr key={`${v.date}-${index}`}>
              <th scope="row" className="nowrap">
                {formatDate(v.date)}
              </th>
              <td className="num nowrap">{formatKpiValue(v.value, kpi.unit, kpi.decimals)}</td>
              <td>{v.sourceUrl ? <a href={v.sourceUrl}>{v.sourceLabel || v.sourceUrl}</a> : v.sourceLabel || "keine Quelle"}</td>
              <td>{v.isExample ? <span className="tag tag--example">Beispieldaten</span> : "belegt"}</td>
              {hasNotes && <td>{v.note}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
