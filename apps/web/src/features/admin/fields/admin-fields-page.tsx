import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FieldSummary } from "@sm/domain/web";
import { strategyQuery } from "../../../api/queries";
import { editField } from "../../../api/writes";
import { ErrorSummary } from "../../../components/error-summary";
import { TextAreaField, TextField } from "../../../components/form-fields";
import { QueryState } from "../../../components/query-state";
import { useDocumentTitle } from "../../../components/use-document-title";
import { useFormErrors } from "../../../components/use-form-errors";
import { useUnsavedChanges } from "../../../components/use-unsaved-changes";
import { changedTexts } from "../changed";

export function AdminFieldsPage() {
  useDocumentTitle("Handlungsfelder bearbeiten");
  const strategy = useQuery(strategyQuery());
  return (
    <>
      <h1>Handlungsfelder</h1>
      <p className="lead">Titel, Kurztitel und Beschreibung erscheinen auf der Übersicht und auf den Seiten der Handlungsfelder.</p>
      <QueryState query={strategy}>
        {({ fields }) => (
          <>
            {fields.map((f) => (
              <FieldForm key={f.code} field={f} />
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}

const LABELS = { title: "Titel", shortTitle: "Kurztitel", description: "Beschreibung" };

function FieldForm({ field }: { field: FieldSummary }) {
  const queryClient = useQueryClient();
  const form = useFormErrors(`field-${field.code}`, LABELS);
  const original = { title: field.title, shortTitle: field.shortTitle, description: field.description };
  const [draft, setDraft] = useState(original);
  const [done, setDone] = useState<string | null>(null);
  // Compared with the field as last read; after a save the read comes back with the new texts.
  useUnsavedChanges(Object.keys(changedTexts(draft, original)).length > 0);
  const mutation = useMutation({
    mutationFn: (changes: Partial<typeof original>) => editField(field.code, changes),
    onSuccess: () => {
      setDone(`${field.code} gespeichert.`);
      form.clear();
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "session" });
    },
    onError: form.failWith,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setDone(null);
    const changes = changedTexts(draft, original);
    if (Object.keys(changes).length === 0) return form.fail({ byField: {}, general: ["Sie haben nichts geändert."] });
    mutation.mutate(changes);
  };
  const titleId = `field-${field.code}-heading`;
  return (
    <section aria-labelledby={titleId} className="admin-section">
      <h2 id={titleId}>
        {field.code} {field.shortTitle}
      </h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} title="Nicht gespeichert" />
      <form className="card field-card" onSubmit={submit} noValidate aria-labelledby={titleId} style={{ borderLeftColor: field.colour }}>
        <TextField id={form.id("title")} label={LABELS.title} value={draft.title} maxLength={300} error={form.errors.title} onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))} />
        <TextField
          id={form.id("shortTitle")}
          label={LABELS.shortTitle}
          value={draft.shortTitle}
          maxLength={60}
          error={form.errors.shortTitle}
          hint="erscheint in Tabellen und Diagrammen"
          onChange={(e) => setDraft((d) => ({ ...d, shortTitle: e.target.value }))}
        />
        <TextAreaField
          id={form.id("description")}
          label={LABELS.description}
          value={draft.description}
          maxLength={2000}
          error={form.errors.description}
          onChange={(e) => setDraft((d) => ({ ...d, description: e.target.value }))}
        />
        <p className="form-actions">
          <button type="submit" className="button">
            Speichern<span className="visually-hidden"> ({field.code})</span>
          </button>
        </p>
        <p role="status">{mutation.isPending ? "Wird gespeichert …" : done}</p>
      </form>
    </section>
  );
}
