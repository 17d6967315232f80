import { useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { toApiError } from "../../../api/client";
import { adminMeasuresQuery, adminUsersQuery, measureQuery, strategyQuery } from "../../../api/queries";
import { createMeasure, editMeasure } from "../../../api/writes";
import { ConflictPanel } from "../../../components/conflict-panel";
import { ErrorSummary } from "../../../components/error-summary";
import { CheckboxField, CheckboxGroup, SelectField, TextAreaField, TextField } from "../../../components/form-fields";
import { useFormErrors } from "../../../components/use-form-errors";
import { useUnsavedChanges } from "../../../components/use-unsaved-changes";
import { flatConflictRows, rebaseFlat } from "../flat-diff";
import {
  buildCreatePayload,
  buildEditPayload,
  draftFromMeasure,
  hasMeasureEdits,
  MEASURE_LABELS,
  replans,
  showMeasureValue,
  type MeasureDraft,
} from "./measure-draft";

interface Props {
  mode: "create" | "edit";
  initial: MeasureDraft;
  /** false for an archived measure whose details the API does not return */
  complete: boolean;
  version: number;
  /** kept by the page, so it survives the editor being rebuilt after a save (e.g. after restoring) */
  notice: string | null;
  onNotice: (text: string | null) => void;
}

interface Conflict {
  draft: MeasureDraft;
  version: number;
  complete: boolean;
}

const { code: _code, ...CONFLICT_LABELS } = MEASURE_LABELS;

export function MeasureEditor({ mode, initial, complete: initialComplete, version: initialVersion, notice, onNotice: setNotice }: Props) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const strategy = useQuery(strategyQuery());
  const users = useQuery(adminUsersQuery());
  const form = useFormErrors("m", MEASURE_LABELS);
  const [base, setBase] = useState({ draft: initial, version: initialVersion, complete: initialComplete });
  const [draft, setDraft] = useState(initial);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const set = <K extends keyof MeasureDraft>(key: K, value: MeasureDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const edited = hasMeasureEdits(mode, draft, base.draft, base.complete);
  const { allowLeaving } = useUnsavedChanges(edited);

  const userNames = new Map((users.data?.items ?? []).map((u) => [String(u.id), u.name]));
  const vocabulary = new Map([...(strategy.data?.targetGroups ?? []), ...(strategy.data?.topics ?? [])].map((v) => [v.key, v.label]));
  const show = (key: string, value: MeasureDraft[keyof MeasureDraft]) => showMeasureValue(key, value, { users: userNames, vocabulary });

  /** The state saved now; the API's 409 names no current state for this route, so the form asks. */
  const loadCurrent = async (): Promise<Conflict | null> => {
    const list = await queryClient.fetchQuery({ ...adminMeasuresQuery(), staleTime: 0 });
    const row = list.items.find((m) => m.code === initial.code);
    if (!row) return null;
    const detail = row.archived ? null : await queryClient.fetchQuery({ ...measureQuery(row.code), staleTime: 0 }).catch(() => null);
    return { ...draftFromMeasure(row, detail), version: row.version };
  };

  const mutation = useMutation({
    mutationFn: async () => {
      if (mode === "create") return createMeasure(buildCreatePayload(draft));
      return editMeasure(initial.code, buildEditPayload(draft, base.draft, base.version, base.complete));
    },
    onSuccess: async () => {
      form.clear();
      if (mode === "create") {
        void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "session" });
        // Saved: the way to the new measure's page is not a loss of edits.
        allowLeaving();
        void navigate(`/verwaltung/massnahmen/${draft.code.trim()}`, { state: { created: true } });
        return;
      }
      // The new version comes from the list: the admin write routes' bodies are not typed for the client.
      const list = await queryClient.fetchQuery({ ...adminMeasuresQuery(), staleTime: 0 });
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "session" });
      const version = list.items.find((m) => m.code === initial.code)?.version ?? base.version + 1;
      // The reason belonged to this revision; the next one needs its own.
      const saved = { ...draft, planReason: "" };
      setBase({ draft: saved, version, complete: base.complete });
      setDraft(saved);
      setNotice("Die Änderungen wurden gespeichert.");
      requestAnimationFrame(() => noticeRef.current?.focus());
    },
    onError: async (failure) => {
      const error = toApiError(failure);
      if (error.status === 409 && mode === "edit") {
        const current = await loadCurrent().catch(() => null);
        if (current) {
          form.clear();
          setConflict(current);
          return;
        }
      }
      form.failWith(error);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setNotice(null);
    if (mode === "edit" && !edited) {
      return form.fail({ byField: {}, general: ["Sie haben nichts geändert."] });
    }
    mutation.mutate();
  };

  const reapply = () => {
    if (!conflict) return;
    setDraft(rebaseFlat(draft, base.draft, conflict.draft));
    setBase(conflict);
    setConflict(null);
    setNotice("Ihre Änderungen liegen jetzt auf dem aktuellen Stand. Bitte prüfen Sie die Felder und speichern Sie erneut.");
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const userOptions = (current: string) =>
    (users.data?.items ?? [])
      .filter((u) => (u.isActive && u.role !== "council") || String(u.id) === current)
      .map((u) => (
        <option key={u.id} value={String(u.id)}>
          {u.name}
          {u.isActive ? "" : " (deaktiviert)"}
        </option>
      ));
  const detailMissing = !base.complete;
  const disabledHint = detailMissing ? "Bei archivierten Maßnahmen erst nach dem Wiederherstellen bearbeitbar." : undefined;

  return (
    <>
      {notice ? (
        <div ref={noticeRef} tabIndex={-1} role="status" className="notice notice--success">
          <p>{notice}</p>
        </div>
      ) : null}
      {conflict ? (
        <ConflictPanel rows={flatConflictRows(draft, base.draft, conflict.draft, CONFLICT_LABELS, show)} onReapply={reapply} />
      ) : null}
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      {detailMissing ? (
        <p className="notice notice--info">
          Diese Maßnahme ist archiviert. Beschreibung, Zeitraum, Zielgruppen und Themen lassen sich erst nach dem Wiederherstellen
          bearbeiten: Haken bei „Archiviert“ entfernen und speichern.
        </p>
      ) : null}
      <form className="admin-form" onSubmit={submit} noValidate aria-label={mode === "create" ? "Neue Maßnahme" : `Maßnahme ${initial.code} bearbeiten`}>
        <fieldset className="card">
          <legend>Stammdaten</legend>
          <div className="form-grid">
            {mode === "create" ? (
              <TextField id={form.id("code")} label={MEASURE_LABELS.code} value={draft.code} maxLength={32} error={form.errors.code} hint="z. B. HF1-13; lässt sich später nicht ändern" onChange={(e) => set("code", e.target.value)} />
            ) : null}
            <SelectField id={form.id("field")} label={MEASURE_LABELS.field} value={draft.field} error={form.errors.field} onChange={(e) => set("field", e.target.value)}>
              <option value="">Bitte wählen</option>
              {(strategy.data?.fields ?? []).map((f) => (
                <option key={f.code} value={f.code}>
                  {f.code} – {f.shortTitle}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField id={form.id("title")} label={MEASURE_LABELS.title} value={draft.title} maxLength={200} error={form.errors.title} onChange={(e) => set("title", e.target.value)} />
          <TextAreaField id={form.id("summary")} label={MEASURE_LABELS.summary} rows={3} value={draft.summary} maxLength={600} disabled={detailMissing} error={form.errors.summary} hint={disabledHint ?? "ein bis zwei Sätze; erscheint in Listen"} onChange={(e) => set("summary", e.target.value)} />
          <TextAreaField id={form.id("description")} label={MEASURE_LABELS.description} rows={6} value={draft.description} maxLength={5000} disabled={detailMissing} error={form.errors.description} hint={disabledHint} onChange={(e) => set("description", e.target.value)} />
          <TextField id={form.id("department")} label={MEASURE_LABELS.department} value={draft.department} maxLength={200} disabled={detailMissing} error={form.errors.department} hint={disabledHint} onChange={(e) => set("department", e.target.value)} />
        </fieldset>

        <fieldset className="card">
          <legend>Geplanter Zeitraum</legend>
          <div className="form-grid">
            <TextField id={form.id("plannedStart")} label={MEASURE_LABELS.plannedStart} type="date" value={draft.plannedStart} disabled={detailMissing} error={form.errors.plannedStart} onChange={(e) => set("plannedStart", e.target.value)} />
            <TextField id={form.id("plannedEnd")} label={MEASURE_LABELS.plannedEnd} type="date" value={draft.plannedEnd} disabled={detailMissing} error={form.errors.plannedEnd} onChange={(e) => set("plannedEnd", e.target.value)} />
            {mode === "edit" && (replans(draft, base.draft) || form.errors.planReason) ? (
              <TextAreaField
                id={form.id("planReason")}
                label={MEASURE_LABELS.planReason}
                className="form-grid__wide"
                rows={2}
                maxLength={500}
                value={draft.planReason}
                error={form.errors.planReason}
                hint="Pflicht, wenn sich Beginn oder Ende ändern: Die Änderung erscheint mit Datum und Grund im öffentlichen Verlauf, der ursprüngliche Plan bleibt sichtbar."
                onChange={(e) => set("planReason", e.target.value)}
              />
            ) : null}
          </div>
        </fieldset>

        {detailMissing ? null : (
          <div className="card form-columns">
            <CheckboxGroup
              id={form.id("targetGroups")}
              legend={MEASURE_LABELS.targetGroups}
              options={(strategy.data?.targetGroups ?? []).map((g) => ({ value: g.key, label: g.label }))}
              value={draft.targetGroups}
              error={form.errors.targetGroups}
              onChange={(v) => set("targetGroups", v)}
            />
            <CheckboxGroup
              id={form.id("topics")}
              legend={MEASURE_LABELS.topics}
              options={(strategy.data?.topics ?? []).map((t) => ({ value: t.key, label: t.label }))}
              value={draft.topics}
              error={form.errors.topics}
              onChange={(v) => set("topics", v)}
            />
          </div>
        )}

        <fieldset className="card">
          <legend>Zuständigkeit</legend>
          <div className="form-grid">
            <SelectField id={form.id("leadUserId")} label={MEASURE_LABELS.leadUserId} value={draft.leadUserId} error={form.errors.leadUserId} onChange={(e) => set("leadUserId", e.target.value)}>
              <option value="">niemand</option>
              {userOptions(draft.leadUserId)}
            </SelectField>
            <SelectField id={form.id("deputyUserId")} label={MEASURE_LABELS.deputyUserId} value={draft.deputyUserId} error={form.errors.deputyUserId} onChange={(e) => set("deputyUserId", e.target.value)}>
              <option value="">niemand</option>
              {userOptions(draft.deputyUserId)}
            </SelectField>
          </div>
        </fieldset>

        <fieldset className="card">
          <legend>Sichtbarkeit</legend>
          <CheckboxField
            id={form.id("isPublic")}
            label={MEASURE_LABELS.isPublic}
            checked={draft.isPublic}
            error={form.errors.isPublic}
            hint="Ohne Haken sehen nur angemeldete Ratsmitglieder, die Administration sowie Leitung und Vertretung die Maßnahme."
            onChange={(e) => set("isPublic", e.target.checked)}
          />
          {mode === "edit" ? (
            <CheckboxField
              id={form.id("archived")}
              label={MEASURE_LABELS.archived}
              checked={draft.archived}
              error={form.errors.archived}
              hint="Archivierte Maßnahmen erscheinen in keiner Liste und Auswertung mehr; sie bleiben hier erhalten und lassen sich wiederherstellen."
              onChange={(e) => set("archived", e.target.checked)}
            />
          ) : null}
        </fieldset>

        <p className="form-actions">
          <button type="submit" className="button">
            {mode === "create" ? "Maßnahme anlegen" : "Änderungen speichern"}
          </button>
        </p>
        <p role="status">{mutation.isPending ? "Wird gespeichert …" : ""}</p>
      </form>
    </>
  );
}
