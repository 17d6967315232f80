import { useMutation } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";
import { ROLE_LABELS } from "@sm/domain/web";
import { toApiError } from "../api/client";
import { useSession, useSessionChanged } from "../api/session";
import { signOut } from "../api/writes";
import { useUnsavedChangesGuard } from "./use-unsaved-changes";

/** Who is signed in, with sign-out; or the way to sign in. */
export function SessionBar() {
  const { user, isLoading } = useSession();
  const sessionChanged = useSessionChanged();
  const navigate = useNavigate();
  const guard = useUnsavedChangesGuard();
  const mutation = useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      sessionChanged(null);
      // The person agreed to discard any edits before signing out (below).
      guard.allowLeaving();
      void navigate("/");
    },
  });

  // Most visitors are anonymous: keep the sign-in link's place while the session is asked for, so
  // the header does not grow (and push the page down) when the answer arrives.
  if (isLoading) {
    return (
      <div className="session-bar session-bar--pending" aria-hidden="true">
        <span className="session-bar__sign-in">Anmelden</span>
      </div>
    );
  }
  if (!user) {
    // Each role has its start page after signing in (session-paths.ts), so no ?weiter= here.
    return (
      <div className="session-bar">
        <Link to="/anmelden" className="session-bar__sign-in">
          Anmelden
        </Link>
      </div>
    );
  }
  return (
    <div className="session-bar">
      <p className="session-bar__user">
        <span className="session-bar__name">{user.name}</span>
        <span className="session-bar__role">{ROLE_LABELS[user.role]}</span>
      </p>
      <Link to="/konto" className="session-bar__account">
        Mein Konto
      </Link>
      <button type="button" className="button button--secondary" onClick={() => void guard.confirmLeaving().then((leave) => leave && mutation.mutate())} disabled={mutation.isPending}>
        Abmelden
      </button>
      {mutation.isError ? (
        <p role="alert" className="field-error">
          Abmelden fehlgeschlagen: {toApiError(mutation.error).message}
        </p>
      ) : null}
    </div>
  );
}
