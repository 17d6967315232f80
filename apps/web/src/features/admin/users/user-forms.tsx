import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { PASSWORD_MIN_LENGTH, ROLE_KEYS, ROLE_LABELS, type AdminUser, type Role } from "@sm/domain";
import { toApiError } from "../../../api/client";
import { adminUsersQuery } from "../../../api/queries";
import { resetPassword, updateUser } from "../../../api/writes";
import { ErrorSummary } from "../../../components/error-summary";
import { SelectField, TextField } from "../../../components/form-fields";
import { useFormErrors } from "../../../components/use-form-errors";
import { useUnsavedChanges } from "../../../components/use-unsaved-changes";

const useRefreshUsers = () => {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ["admin"] });
};

/** Name and role; only what changed is sent. */
export function UserDetailsForm({ user }: { user: AdminUser }) {
  const refresh = useRefreshUsers();
  const labels = { name: "Name", role: "Rolle" };
  const form = useFormErrors(`user-${user.id}`, labels);
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<Role>(user.role);
  const [done, setDone] = useState<string | null>(null);
  useUnsavedChanges(name.trim() !== user.name || role !== user.role);
  const mutation = useMutation({
    mutationFn: (changes: { name?: string; role?: Role }) => updateUser(user.id, changes),
    onSuccess: () => {
      setDone("Name und Rolle gespeichert.");
      form.clear();
      refresh();
    },
    onError: form.failWith,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setDone(null);
    const changes = { ...(name.trim() !== user.name ? { name: name.trim() } : {}), ...(role !== user.role ? { role } : {}) };
    if (Object.keys(changes).length === 0) return form.fail({ byField: {}, general: ["Sie haben nichts geändert."] });
    mutation.mutate(changes);
  };
  return (
    <section aria-labelledby="user-details" className="admin-section">
      <h2 id="user-details">Name und Rolle</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} title="Nicht gespeichert" />
      <form className="card" onSubmit={submit} noValidate aria-labelledby="user-details">
        <div className="form-grid">
          <TextField id={form.id("name")} label={labels.name} value={name} maxLength={120} error={form.errors.name} onChange={(e) => setName(e.target.value)} />
          <SelectField
            id={form.id("role")}
            label={labels.role}
            value={role}
            error={form.errors.role}
            hint="Die neue Rolle gilt ab der nächsten Anfrage der Person."
            onChange={(e) => setRole(e.target.value as Role)}
          >
            {ROLE_KEYS.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </SelectField>
        </div>
        <p className="form-actions">
          <button type="submit" className="button">
            Name und Rolle speichern
          </button>
        </p>
        <p role="status">{done}</p>
      </form>
    </section>
  );
}

/**
 * Deactivating keeps the person (and their authorship) but ends every session and blocks sign-in.
 * Whoever still leads or deputises measures hands them over first, or the administrator decides to
 * leave them without a lead, so no measure is left with someone who can no longer update it.
 */
export function AccessForm({ user, isSelf }: { user: AdminUser; isSelf: boolean }) {
  const refresh = useRefreshUsers();
  const users = useQuery(adminUsersQuery());
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [handover, setHandover] = useState<"" | "none" | "to">("");
  const [to, setTo] = useState("");
  const assigned = user.leads.length + user.deputises.length;
  const asksHandover = user.isActive && assigned > 0;
  const mutation = useMutation({
    mutationFn: () =>
      updateUser(user.id, {
        isActive: !user.isActive,
        ...(asksHandover ? { handover: { to: handover === "to" ? Number(to) : null } } : {}),
      }),
    onSuccess: () => {
      setMessage({ error: false, text: user.isActive ? `${user.name} ist deaktiviert.` : `${user.name} ist wieder aktiv.` });
      refresh();
    },
    onError: (failure) => {
      const error = toApiError(failure);
      setMessage({ error: true, text: Object.values(error.fields).join(" ") || error.message });
    },
  });
  const candidates = (users.data?.items ?? []).filter((u) => u.isActive && u.id !== user.id && u.role !== "council");
  const submit = () => {
    setMessage(null);
    if (asksHandover && (handover === "" || (handover === "to" && to === ""))) {
      setMessage({ error: true, text: "Bitte wählen Sie, wer die Maßnahmen übernimmt, oder „ohne Projektleitung lassen“." });
      return;
    }
    mutation.mutate();
  };
  return (
    <section aria-labelledby="user-access" className="admin-section">
      <h2 id="user-access">Zugang</h2>
      <div className="card">
        <p>
          {user.isActive
            ? "Die Person kann sich anmelden. Beim Deaktivieren endet jede laufende Sitzung; Meldungen und Protokolleinträge bleiben erhalten."
            : "Die Person ist deaktiviert und kann sich nicht anmelden."}
        </p>
        {isSelf && user.isActive ? <p className="hint">Sie können Ihr eigenes Konto nicht selbst deaktivieren.</p> : null}
        {asksHandover && !isSelf ? (
          <fieldset className="handover">
            <legend>
              Was geschieht mit {assigned === 1 ? "der Maßnahme" : `den ${assigned} Maßnahmen`} ({[...user.leads, ...user.deputises].join(", ")})?
            </legend>
            <label className="radio">
              <input type="radio" name="handover" value="to" checked={handover === "to"} onChange={() => setHandover("to")} /> übergeben an
            </label>
            <SelectField
              id={`handover-to-${user.id}`}
              label="Neue Projektleitung"
              value={to}
              disabled={handover !== "to"}
              onChange={(e) => setTo(e.target.value)}
            >
              <option value="">Bitte wählen</option>
              {candidates.map((u) => (
                <option key={u.id} value={String(u.id)}>
                  {u.name}
                </option>
              ))}
            </SelectField>
            <label className="radio">
              <input type="radio" name="handover" value="none" checked={handover === "none"} onChange={() => setHandover("none")} /> ohne
              Projektleitung lassen (die Maßnahmen erscheinen dann unter „Projektleitung offen“ in der Verwaltung)
            </label>
          </fieldset>
        ) : null}
        <p className="form-actions">
          <button
            type="button"
            className={user.isActive ? "button button--danger" : "button"}
            disabled={(isSelf && user.isActive) || mutation.isPending}
            onClick={submit}
          >
            {user.isActive ? "Deaktivieren" : "Reaktivieren"}
          </button>
        </p>
        <p role={message?.error ? "alert" : "status"} className={message?.error ? "field-error" : undefined}>
          {message?.text}
        </p>
      </div>
    </section>
  );
}

export function PasswordForm({ user }: { user: AdminUser }) {
  const labels = { password: "Neues Passwort" };
  const form = useFormErrors(`pw-${user.id}`, labels);
  const [password, setPassword] = useState("");
  const [done, setDone] = useState<string | null>(null);
  useUnsavedChanges(password !== "");
  const mutation = useMutation({
    mutationFn: () => resetPassword(user.id, password),
    onSuccess: () => {
      setDone(`Das Passwort von ${user.name} ist zurückgesetzt. Teilen Sie es der Person auf sicherem Weg mit.`);
      setPassword("");
      form.clear();
    },
    onError: form.failWith,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setDone(null);
    mutation.mutate();
  };
  return (
    <section aria-labelledby="user-password" className="admin-section">
      <h2 id="user-password">Passwort zurücksetzen</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} title="Passwort nicht geändert" />
      <form className="card" onSubmit={submit} noValidate aria-labelledby="user-password">
        <TextField
          id={form.id("password")}
          label={labels.password}
          autoComplete="off"
          spellCheck={false}
          value={password}
          error={form.errors.password}
          hint={`mindestens ${PASSWORD_MIN_LENGTH} Zeichen; laufende Sitzungen der Person enden damit`}
          onChange={(e) => setPassword(e.target.value)}
        />
        <p className="form-actions">
          <button type="submit" className="button">
            Passwort zurücksetzen
          </button>
        </p>
        <p role="status">{done}</p>
      </form>
    </section>
  );
}
