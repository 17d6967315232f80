import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { ROLE_LABELS, type AdminUser } from "@sm/domain/web";
import { adminUsersQuery } from "../../../api/queries";
import { useSession } from "../../../api/session";
import { formatDateTime } from "../../../components/format-date-time";
import { QueryState } from "../../../components/query-state";
import { useDocumentTitle } from "../../../components/use-document-title";
import { AccessForm, PasswordForm, UserDetailsForm } from "./user-forms";
import { AssignmentForm } from "./assignment-form";
import { ActiveBadge } from "./users-page";

/** One person: name and role, access, password, and the measures they lead or deputise. */
export function UserPage() {
  const { id = "" } = useParams();
  // There is no single-user route: the list is small and usually cached from the overview.
  const users = useQuery(adminUsersQuery());
  return (
    <QueryState query={users} pageTitle="Person">
      {({ items }) => {
        const user = items.find((u) => String(u.id) === id);
        return user ? <User user={user} /> : <UserNotFound />;
      }}
    </QueryState>
  );
}

function UserNotFound() {
  useDocumentTitle("Nicht gefunden");
  return (
    <>
      <h1>Nicht gefunden</h1>
      <p>
        Diese Person gibt es nicht. <Link to="/verwaltung/benutzer">Zur Liste der Benutzer*innen</Link>
      </p>
    </>
  );
}

function User({ user }: { user: AdminUser }) {
  useDocumentTitle(user.name);
  const { user: me } = useSession();
  return (
    <>
      <nav aria-label="Brotkrumenpfad" className="breadcrumb">
        <ol>
          <li>
            <Link to="/verwaltung/benutzer">Benutzer*innen</Link>
          </li>
          <li aria-current="page">{user.name}</li>
        </ol>
      </nav>
      <h1>{user.name}</h1>
      <dl className="facts">
        <div>
          <dt>E-Mail-Adresse</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>Rolle</dt>
          <dd>{ROLE_LABELS[user.role]}</dd>
        </div>
        <div>
          <dt>Zugang</dt>
          <dd>
            <ActiveBadge active={user.isActive} />
          </dd>
        </div>
        <div>
          <dt>Zuletzt angemeldet</dt>
          <dd>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "noch nie"}</dd>
        </div>
      </dl>
      <UserDetailsForm key={`d-${user.id}`} user={user} />
      <AccessForm user={user} isSelf={me?.id === user.id} />
      <PasswordForm user={user} />
      <AssignmentForm key={`a-${user.id}`} user={user} />
    </>
  );
}
