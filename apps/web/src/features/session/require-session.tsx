import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { ROLE_LABELS, type Role, type SessionUser } from "@sm/domain/web";
import { useSession } from "../../api/session";
import { useDocumentTitle } from "../../components/use-document-title";
import { signInPathFor } from "./session-paths";

interface Props {
  /** the page's heading while the session loads or when access is refused */
  title: string;
  /** roles that may open the page; any signed-in person when left out */
  roles?: readonly Role[];
  children: (user: SessionUser) => ReactNode;
}

/**
 * Pages for signed-in people: anonymous visitors go to the sign-in page and come back afterwards;
 * a signed-in person without the role reads why. The server checks the same again on every request.
 */
export function RequireSession({ title, roles, children }: Props) {
  const { user, isLoading } = useSession();
  const { pathname, search } = useLocation();
  if (isLoading) {
    return (
      <>
        <h1>{title}</h1>
        <p role="status" className="loading">
          Wird geladen …
        </p>
      </>
    );
  }
  if (!user) return <Navigate to={signInPathFor(`${pathname}${search}`)} replace />;
  if (roles && !roles.includes(user.role)) return <NoAccess user={user} roles={roles} />;
  return <>{children(user)}</>;
}

export function NoAccess({ user, roles }: { user: SessionUser; roles?: readonly Role[] }) {
  useDocumentTitle("Kein Zugriff");
  return (
    <div className="prose">
      <h1>Kein Zugriff</h1>
      <div className="notice notice--error">
        <p>
          Sie sind als {user.name} ({ROLE_LABELS[user.role]}) angemeldet. Diese Seite steht nur{" "}
          {roles ? roles.map((r) => ROLE_LABELS[r]).join(" und ") : "berechtigten Personen"} offen.
        </p>
        <p>Wenn Sie Zugriff brauchen, wenden Sie sich an die Administration des Strategiemonitors.</p>
      </div>
    </div>
  );
}
