import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { formatPercent, statusSchema } from "@sm/domain";
import { adminMeasuresQuery, type AdminMeasureRow } from "../../../api/queries";
import { Badge } from "../../../components/badge";
import { InternalBadge } from "../../../components/internal-badge";
import { QueryState } from "../../../components/query-state";
import { StatusBadge } from "../../../components/status-badge";
import { TableRegion } from "../../../components/table-region";
import { useDocumentTitle } from "../../../components/use-document-title";

export function AdminMeasuresPage() {
  useDocumentTitle("Maßnahmen verwalten");
  const measures = useQuery(adminMeasuresQuery());
  return (
    <>
      <h1>Maßnahmen verwalten</h1>
      <p className="lead">Alle Maßnahmen, auch nicht öffentliche und archivierte.</p>
      <p>
        <Link to="/verwaltung/massnahmen/neu" className="button">
          Neue Maßnahme anlegen
        </Link>
      </p>
      <QueryState query={measures}>{({ items }) => <MeasuresTable items={items} />}</QueryState>
    </>
  );
}

/** Public, or the same "intern" badge every other list of measures shows. */
export function VisibilityBadge({ isPublic }: { isPublic: boolean }) {
  return isPublic ? <Badge className="badge--public" icon="check" text="öffentlich" /> : <InternalBadge isPublic={false} />;
}

function MeasuresTable({ items }: { items: AdminMeasureRow[] }) {
  const archived = items.filter((m) => m.archived).length;
  return (
    <TableRegion label="Alle Maßnahmen">
      <table className="data-table">
        <caption>
          {items.length} Maßnahmen, davon {archived} archiviert
        </caption>
        <thead>
          <tr>
            <th scope="col">Kürzel</th>
            <th scope="col">Maßnahme</th>
            <th scope="col">Status</th>
            <th scope="col">Sichtbarkeit</th>
            <th scope="col">Leitung</th>
            <th scope="col">Vertretung</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => {
            const status = statusSchema.safeParse(m.status);
            return (
              <tr key={m.code} className={m.archived ? "row--archived" : undefined}>
                <td className="nowrap">{m.code}</td>
                <th scope="row" className="title-cell">
                  <Link to={`/verwaltung/massnahmen/${m.code}`}>{m.title}</Link>
                  {m.archived ? (
                    <span className="block">
                      <Badge className="badge--archived" icon="pause" text="archiviert" />
                    </span>
                  ) : null}
                </th>
                <td>
                  {status.success ? <StatusBadge status={status.data} /> : m.status}
                  <span className="muted small block">{formatPercent(m.progress)}</span>
                </td>
                <td>
                  <VisibilityBadge isPublic={m.isPublic} />
                </td>
                <td>
                  {m.lead?.name ?? null}
                  {m.leadOpen && !m.archived ? (
                    <span className="block">
                      <Badge className="badge--lead-open" icon="alert" text="Projektleitung offen" />
                    </span>
                  ) : null}
                  {!m.lead && (!m.leadOpen || m.archived) ? "–" : null}
                </td>
                <td>{m.deputy?.name ?? "–"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
