import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ROLE_LABELS } from "@sm/domain/web";
import { ApiError, toApiError } from "../../api/client";
import { useSession, useSessionChanged } from "../../api/session";
import { signIn } from "../../api/writes";
import { ErrorSummary, type SummaryItem } from "../../components/error-summary";
import { TextField } from "../../components/form-fields";
import { useDocumentTitle } from "../../components/use-document-title";
import { homePathFor, safeNextPath } from "./session-paths";

type Errors = { email?: string; password?: string; general?: string };

/** The message for a failed sign-in: never which of the two was wrong. */
export function signInErrorMessage(error: ApiError): string {
  if (error.status === 401) return "E-Mail-Adresse oder Passwort ist falsch.";
  if (error.status === 429) {
    // The server names the wait in its message; the header is the fallback.
    if (/\d/.test(error.message) || error.retryAfter === undefined) return error.message;
    return `${error.message} Bitte warten Sie ${Math.max(1, Math.ceil(error.retryAfter / 60))} Minute(n).`;
  }
  return error.message;
}

export function SignInPage() {
  useDocumentTitle("Anmelden");
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("weiter"));
  const navigate = useNavigate();
  const { user } = useSession();
  const sessionChanged = useSessionChanged();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);

  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: ({ user: signedIn }) => {
      sessionChanged(signedIn);
      void navigate(next ?? homePathFor(signedIn.role), { replace: true });
    },
    onError: (failure) => {
      const error = toApiError(failure);
      const fields = error.status === 400 ? error.fields : {};
      setErrors({
        email: fields.email,
        password: fields.password,
        general: fields.email || fields.password ? undefined : signInErrorMessage(error),
      });
      setPassword("");
      setAttempt((n) => n + 1);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: Errors = {};
    if (email.trim() === "") found.email = "Bitte geben Sie Ihre E-Mail-Adresse ein.";
    if (password === "") found.password = "Bitte geben Sie Ihr Passwort ein.";
    setErrors(found);
    if (found.email || found.password) {
      setAttempt((n) => n + 1);
      return;
    }
    mutation.mutate({ email: email.trim(), password });
  };

  const items: SummaryItem[] = [
    ...(errors.general ? [{ message: errors.general }] : []),
    ...(errors.email ? [{ target: "signin-email", message: errors.email }] : []),
    ...(errors.password ? [{ target: "signin-password", message: errors.password }] : []),
  ];

  return (
    <div className="narrow">
      <h1>Anmelden</h1>
      {user && !mutation.isPending ? (
        <div className="notice notice--info">
          <p>
            Sie sind bereits als {user.name} ({ROLE_LABELS[user.role]}) angemeldet.{" "}
            <Link to={next ?? homePathFor(user.role)}>Weiter</Link>
          </p>
        </div>
      ) : null}
      <p>
        Die Anmeldung ist für Projektleitungen, Ratsmitglieder und die Administration. Alle Bürger*innen können den Stand
        der Digitalstrategie <Link to="/">ohne Anmeldung</Link> einsehen.
      </p>
      <ErrorSummary items={items} attempt={attempt} title="Die Anmeldung hat nicht geklappt" />
      <form className="card form-card" onSubmit={submit} noValidate aria-label="Anmeldung">
        <TextField
          id="signin-email"
          label="E-Mail-Adresse"
          type="email"
          name="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          error={errors.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          id="signin-password"
          label="Passwort"
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          error={errors.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <p>
          <button type="submit" className="button">
            Anmelden
          </button>
        </p>
        {mutation.isPending ? (
          <p role="status" className="muted">
            Anmeldung läuft …
          </p>
        ) : null}
      </form>
      <p className="hint">Passwort vergessen? Die Administration des Strategiemonitors setzt es zurück.</p>
    </div>
  );
}
