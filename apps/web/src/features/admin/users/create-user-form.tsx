import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { PASSWORD_MIN_LENGTH, ROLE_KEYS, ROLE_LABELS, type Role } from "@sm/domain";
import { createUser } from "../../../api/writes";
import { ErrorSummary } from "../../../components/error-summary";
import { SelectField, TextField } from "../../../components/form-fields";
import { useFormErrors } from "../../../components/use-form-errors";
import { useUnsavedChanges } from "../../../components/use-unsaved-changes";

const LABELS = { email: "E-Mail-Adresse", name: "Name", role: "Rolle", password: "Startpasswort" };
const empty = { email: "", name: "", role: "lead" as Role, password: "" };

export function CreateUserForm() {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(empty);
  const [created, setCreated] = useState<string | null>(null);
  const form = useFormErrors("new-user", LABELS);
  useUnsavedChanges(draft.email.trim() !== "" || draft.name.trim() !== "" || draft.role !== empty.role || draft.password !== "");
  const set = <K extends keyof typeof empty>(key: K, value: (typeof empty)[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const mutation = useMutation({
    mutationFn: createUser,
    onSuccess: () => {
      setCreated(`${draft.name.trim()} (${ROLE_LABELS[draft.role]}) kann sich jetzt mit ${draft.email.trim()} anmelden.`);
      setDraft(empty);
      form.clear();
      void queryClient.invalidateQueries({ queryKey: ["admin"] });
    },
    onError: form.failWith,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setCreated(null);
    mutation.mutate({ email: draft.email.trim(), name: draft.name.trim(), role: draft.role, password: draft.password });
  };

  return (
    <section aria-labelledby="new-user-title" className="admin-section">
      <h2 id="new-user-title">Neue Person anlegen</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} title="Die Person wurde nicht angelegt" />
      <form className="card" onSubmit={submit} noValidate aria-labelledby="new-user-title">
        <div className="form-grid">
          <TextField id={form.id("email")} label={LABELS.email} type="email" autoComplete="off" spellCheck={false} value={draft.email} error={form.errors.email} onChange={(e) => set("email", e.target.value)} />
          <TextField id={form.id("name")} label={LABELS.name} autoComplete="off" value={draft.name} maxLength={120} error={form.errors.name} onChange={(e) => set("name", e.target.value)} />
          <SelectField id={form.id("role")} label={LABELS.role} value={draft.role} error={form.errors.role} onChange={(e) => set("role", e.target.value as Role)}>
            {ROLE_KEYS.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </SelectField>
          <TextField
            id={form.id("password")}
            label={LABELS.password}
            autoComplete="off"
            spellCheck={false}
            value={draft.password}
            error={form.errors.password}
            hint={`mindestens ${PASSWORD_MIN_LENGTH} Zeichen; teilen Sie es der Person auf sicherem Weg mit`}
            onChange={(e) => set("password", e.target.value)}
          />
        </div>
        <p className="form-actions">
          <button type="submit" className="button">
            Person anlegen
          </button>
        </p>
        <p role="status">{mutation.isPending ? "Wird angelegt …" : created}</p>
      </form>
    </section>
  );
}
