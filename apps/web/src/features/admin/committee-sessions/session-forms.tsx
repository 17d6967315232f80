import { useEffect, useRef, useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { formatDate } from "@sm/domain/web";
import { toApiError } from "../../../api/client";
import { committeeSessionsQuery } from "../../../api/queries";
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/form-fields";
import { useFormErrors } from "../../../components/use-form-errors";
import { useUnsavedChanges } from "../../../components/use-unsaved-changes";
import { deleteCommitteeSession, saveCommitteeSession } from "./session-writes";
import { checkNewSession, sessionName, type CommitteeSession } from "./sessions";

/**
 * Every write answers the new list: it goes straight into the cache, and whatever depends on the
 * sessions (the default period of the changes page and the report) is fetched again.
 */
function useSessionsSaved() {
  const queryClient = useQueryClient();
  return (data: { items: CommitteeSession[] }) => {
    queryClient.setQueryData(committeeSessionsQuery().queryKey, data);
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "session" && q.queryKey[0] !== "committee-sessions" });
  };
}

const NEW_LABELS = { date: "Datum", title: "Titel" };
const emptyDraft = { date: "", title: "" };

export function AddSessionForm({ sessions }: { sessions: readonly CommitteeSession[] }) {
  const saved = useSessionsSaved();
  const form = useFormErrors("new-session", NEW_LABELS);
  const [draft, setDraft] = useState(emptyDraft);
  const [added, setAdded] = useState<string | null>(null);
  useUnsavedChanges(draft.date !== "" || draft.title.trim() !== "");
  const mutation = useMutation({
    mutationFn: ({ date, title }: { date: string; title: string }) => saveCommitteeSession(date, title),
    onSuccess: (data, { date, title }) => {
      saved(data);
      setAdded(`${sessionName(date)} „${title}“ ist eingetragen.`);
      setDraft(emptyDraft);
      form.clear();
    },
    onError: form.failWith,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setAdded(null);
    const checked = checkNewSession(draft, sessions);
    if (!checked.ok) return form.fail({ byField: checked.errors, general: [] });
    mutation.mutate(checked);
  };

  return (
    <section aria-labelledby="new-session-heading" className="admin-section">
      <h2 id="new-session-heading">Sitzung hinzufügen</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} title="Die Sitzung wurde nicht eingetragen" />
      <form className="card" onSubmit={submit} noValidate aria-labelledby="new-session-heading">
        <div className="form-grid">
          <TextField
            id={form.id("date")}
            label={NEW_LABELS.date}
            type="date"
            value={draft.date}
            error={form.errors.date}
            onChange={(e) => setDraft((d) => ({ ...d, date: e.target.value }))}
          />
          <TextField
            id={form.id("title")}
            label={NEW_LABELS.title}
            value={draft.title}
            maxLength={200}
            autoComplete="off"
            hint="z. B. Digitalisierungsausschuss, 1. Sitzung 2027"
            error={form.errors.title}
            onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))}
          />
        </div>
        <p className="form-actions">
          <button type="submit" className="button">
            Sitzung hinzufügen
          </button>
        </p>
        <p role="status">{mutation.isPending ? "Wird eingetragen …" : added}</p>
      </form>
    </section>
  );
}

interface PanelProps {
  session: CommitteeSession;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const RENAME_LABELS = { title: "Neuer Titel" };

export function RenameSessionForm({ session, onDone, onCancel }: PanelProps) {
  const saved = useSessionsSaved();
  const prefix = `rename-${session.date}`;
  const form = useFormErrors(prefix, RENAME_LABELS);
  const [title, setTitle] = useState(session.title);
  useUnsavedChanges(title.trim() !== session.title);
  // Opening the panel puts the cursor into the title, ready to type.
  useEffect(() => document.getElementById(form.id("title"))?.focus(), []);
  const mutation = useMutation({
    mutationFn: (next: string) => saveCommitteeSession(session.date, next),
    onSuccess: (data, next) => {
      saved(data);
      onDone(`${sessionName(session.date)} heißt jetzt „${next}“.`);
    },
    onError: form.failWith,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (title.trim() === session.title) return form.fail({ byField: {}, general: ["Sie haben nichts geändert."] });
    mutation.mutate(title.trim());
  };

  const headingId = `${prefix}-heading`;
  return (
    <section aria-labelledby={headingId} className="admin-section card session-panel">
      <h2 id={headingId}>{sessionName(session.date)} umbenennen</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} title="Nicht umbenannt" />
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <TextField
          id={form.id("title")}
          label={RENAME_LABELS.title}
          value={title}
          maxLength={200}
          autoComplete="off"
          error={form.errors.title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <p className="form-actions">
          <button type="submit" className="button">
            Titel speichern
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Abbrechen
          </button>
        </p>
        <p role="status">{mutation.isPending ? "Wird gespeichert …" : null}</p>
      </form>
    </section>
  );
}

/** Deleting needs a second, explicit step: the panel names the session and offers to keep it. */
export function DeleteSessionPanel({ session, onDone, onCancel }: PanelProps) {
  const saved = useSessionsSaved();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => deleteCommitteeSession(session.date),
    onSuccess: (data) => {
      saved(data);
      onDone(`${sessionName(session.date)} „${session.title}“ ist gelöscht.`);
    },
    onError: (failure) => setError(toApiError(failure).message),
  });
  const headingId = `delete-${session.date}-heading`;
  return (
    <section aria-labelledby={headingId} className="admin-section card session-panel session-panel--delete">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {sessionName(session.date)} löschen?
      </h2>
      <p>
        „{session.title}“ am {formatDate(session.date)} wird aus der Liste entfernt. Zeiträume „seit der letzten Sitzung“
        beginnen dann bei der Sitzung davor. Die Löschung wird im Protokoll festgehalten.
      </p>
      {error ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
      <p className="form-actions">
        <button
          type="button"
          className="button button--danger"
          disabled={mutation.isPending}
          onClick={() => {
            setError(null);
            mutation.mutate();
          }}
        >
          Ja, Sitzung löschen
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Abbrechen
        </button>
      </p>
    </section>
  );
}
