import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { formatDate } from "@sm/domain/web";
import { kpiListQuery } from "../../../api/queries";
import { QueryState } from "../../../components/query-state";
import { TableRegion } from "../../../components/table-region";
import { useDocumentTitle } from "../../../components/use-document-title";
import { formatKpiValue } from "../../kpi/kpi-format";

export function AdminKpisPage() {
  useDocumentTitle("Kennzahlen verwalten");
  const kpis = useQuery(kpiListQuery(null));
  return (
    <>
      <h1>Kennzahlen verwalten</h1>
      <p className="lead">Alle nicht archivierten Kennzahlen, auch interne. Werte erfassen die Projektleitungen über ihre Maßnahmen.</p>
      <p>
        <Link to="/verwaltung/kennzahlen/neu" className="button">
          Neue Kennzahl anlegen
        </Link>
      </p>
      <QueryState query={kpis}>
        {({ items }) => (
          <TableRegion label="Kennzahlen">
            <table className="data-table">
              <caption>{items.length} Kennzahlen</caption>
              <thead>
                <tr>
                  <th scope="col">Kennzahl</th>
                  <th scope="col">Handlungsfeld</th>
                  <th scope="col">Maßnahmen</th>
                  <th scope="col">Letzter Wert</th>
                  <th scope="col">Ziel</th>
                </tr>
              </thead>
              <tbody>
                {items.map((k) => (
                  <tr key={k.id}>
                    <th scope="row" className="title-cell">
                      <Link to={`/verwaltung/kennzahlen/${k.id}`}>{k.title}</Link>
                      <span className="muted small block">{k.id}</span>
                    </th>
                    <td>{k.field.code}</td>
                    <td>{k.measures.map((m) => m.code).join(", ") || "–"}</td>
                    <td className="nowrap">
                      {k.latest ? `${formatKpiValue(k.latest.value, k.unit, k.decimals)} (${formatDate(k.latest.date)})` : "–"}
                    </td>
                    <td className="nowrap">
                      {formatKpiValue(k.target.value, k.unit, k.decimals)} bis {formatDate(k.target.date)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </QueryState>
    </>
  );
}
