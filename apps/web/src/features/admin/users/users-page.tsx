import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { ROLE_LABELS, type AdminUser } from "@sm/domain/web";
import { adminUsersQuery } from "../../../api/queries";
import { Badge } from "../../../components/badge";
import { QueryState } from "../../../components/query-state";
import { TableRegion } from "../../../components/table-region";
import { useDocumentTitle } from "../../../components/use-document-title";
import { formatDateTime } from "../../../components/format-date-time";
import { CreateUserForm } from "./create-user-form";

export function UsersPage() {
  useDocumentTitle("Benutzer*innen");
  const users = useQuery(adminUsersQuery());
  return (
    <>
      <h1>Benutzer*innen</h1>
      <p className="lead">Wer sich anmelden kann, mit welcher Rolle, und welche Maßnahmen die Person leitet oder vertritt.</p>
      <QueryState query={users}>{({ items }) => <UsersTable users={items} />}</QueryState>
      <CreateUserForm />
    </>
  );
}

export function ActiveBadge({ active }: { active: boolean }) {
  return active ? <Badge className="badge--active" icon="check" text="aktiv" /> : <Badge className="badge--inactive" icon="pause" text="deaktiviert" />;
}

function UsersTable({ users }: { users: AdminUser[] }) {
  return (
    <TableRegion label="Benutzer*innen">
      <table className="data-table">
        <caption>Benutzer*innen ({users.length})</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-Mail-Adresse</th>
            <th scope="col">Rolle</th>
            <th scope="col">Zugang</th>
            <th scope="col">Leitung</th>
            <th scope="col">Vertretung</th>
            <th scope="col">Zuletzt angemeldet</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row" className="name-cell">
                <Link to={`/verwaltung/benutzer/${u.id}`}>{u.name}</Link>
              </th>
              <td className="break">{u.email}</td>
              <td>{ROLE_LABELS[u.role]}</td>
              <td>
                <ActiveBadge active={u.isActive} />
              </td>
              <td>{u.leads.join(", ") || "–"}</td>
              <td>{u.deputises.join(", ") || "–"}</td>
              <td className="nowrap">{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : "noch nie"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
