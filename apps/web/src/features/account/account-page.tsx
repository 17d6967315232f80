import { useRef, useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { ROLE_LABELS } from "@sm/domain/web";
import { changeOwnPassword } from "../../api/writes";
import { ErrorSummary } from "../../components/error-summary";
import { TextField } from "../../components/form-fields";
import { useDocumentTitle } from "../../components/use-document-title";
import { useFormErrors } from "../../components/use-form-errors";
import { useUnsavedChanges } from "../../components/use-unsaved-changes";
import { RequireSession } from "../session/require-session";

/** "Mein Konto": who is signed in, and changing one's own password. */
export function AccountPage() {
  return <RequireSession title="Mein Konto">{(user) => <Account name={user.name} email={user.email} role={ROLE_LABELS[user.role]} />}</RequireSession>;
}

const LABELS = { currentPassword: "Bisheriges Passwort", newPassword: "Neues Passwort", repeat: "Neues Passwort wiederholen" };

function Account({ name, email, role }: { name: string; email: string; role: string }) {
  useDocumentTitle("Mein Konto");
  const form = useFormErrors("account", LABELS);
  const [values, setValues] = useState({ currentPassword: "", newPassword: "", repeat: "" });
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);
  useUnsavedChanges(Object.values(values).some((v) => v !== ""));
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  const mutation = useMutation({
    mutationFn: () => changeOwnPassword({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
    onSuccess: () => {
      form.clear();
      setValues({ currentPassword: "", newPassword: "", repeat: "" });
      setSaved(true);
      requestAnimationFrame(() => savedRef.current?.focus());
    },
    onError: form.failWith,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setSaved(false);
    if (values.newPassword !== values.repeat) return form.fail({ byField: { repeat: "Die beiden neuen Passwörter stimmen nicht überein." }, general: [] });
    mutation.mutate();
  };

  return (
    <>
      <h1>Mein Konto</h1>
      <dl className="details">
        <dt>Name</dt>
        <dd>{name}</dd>
        <dt>E-Mail-Adresse</dt>
        <dd>{email}</dd>
        <dt>Rolle</dt>
        <dd>{role}</dd>
      </dl>
      <section aria-labelledby="account-password" className="admin-section">
        <h2 id="account-password">Passwort ändern</h2>
        {saved ? (
          <div ref={savedRef} tabIndex={-1} role="status" className="notice notice--success">
            <p>Ihr Passwort ist geändert. Alle anderen Anmeldungen mit Ihrem Konto sind beendet.</p>
          </div>
        ) : null}
        <ErrorSummary items={form.summary} attempt={form.attempt} title="Passwort nicht geändert" />
        <form className="card" onSubmit={submit} noValidate aria-labelledby="account-password">
          <TextField id={form.id("currentPassword")} label={LABELS.currentPassword} type="password" autoComplete="current-password" value={values.currentPassword} error={form.errors.currentPassword} onChange={set("currentPassword")} />
          <TextField
            id={form.id("newPassword")}
            label={LABELS.newPassword}
            type="password"
            autoComplete="new-password"
            value={values.newPassword}
            error={form.errors.newPassword}
            hint="Mindestens 12 Zeichen, schwer zu erraten: am besten mehrere Wörter, die nicht zusammengehören. Nicht die E-Mail-Adresse oder den eigenen Namen verwenden."
            onChange={set("newPassword")}
          />
          <TextField id={form.id("repeat")} label={LABELS.repeat} type="password" autoComplete="new-password" value={values.repeat} error={form.errors.repeat} onChange={set("repeat")} />
          <p className="form-actions">
            <button type="submit" className="button">
              Passwort ändern
            </button>
          </p>
          <p role="status">{mutation.isPending ? "Wird gespeichert …" : ""}</p>
        </form>
      </section>
    </>
  );
}
