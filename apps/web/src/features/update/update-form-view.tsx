import { useRef, useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import { measureConflictResponseSchema, STATUS_KEYS, STATUS_LABELS, type MeasureView, type Status } from "@sm/domain";
import { toApiError } from "../../api/client";
import { measureQuery } from "../../api/queries";
import { postMeasureUpdate } from "../../api/writes";
import { ErrorSummary, type SummaryItem } from "../../components/error-summary";
import { domId, errorsFromApi } from "../../components/field-errors";
import { SelectField, TextAreaField, TextField } from "../../components/form-fields";
import { useUnsavedChanges } from "../../components/use-unsaved-changes";
import { rebaseForm } from "./conflict";
import { ConflictNotice } from "./conflict-notice";
import { kpiInputId } from "./kpi-value";
import { MilestoneFields } from "./milestone-fields";
import { PlanFields } from "./plan-fields";
import {
  buildUpdatePayload,
  fieldLabel,
  formFieldKeys,
  formFromMeasure,
  NEEDS_REASON,
  validateUpdateForm,
  type BuiltUpdate,
  type UpdateForm,
} from "./update-form";

const id = (key: string) => domId("u", key);

/** The state the form was opened on, kept apart from the query cache so edits survive a refetch. */
interface Base {
  measure: MeasureView;
  form: UpdateForm;
}
const baseOf = (measure: MeasureView): Base => ({ measure, form: formFromMeasure(measure) });

interface Props {
  measure: MeasureView;
  /** KPIs whose value form below holds a value it has not saved; this form does not save them */
  unsavedKpis: ReadonlyArray<{ id: string; title: string }>;
  /** after a submit that leaves KPI values unsaved: their forms say so, and take focus if `focus` */
  onKpisLeftUnsaved: (focus: boolean) => void;
}

export function UpdateFormView({ measure, unsavedKpis, onKpisLeftUnsaved }: Props) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState(() => baseOf(measure));
  const [form, setForm] = useState(base.form);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<MeasureView | null>(null);
  const [notice, setNotice] = useState<{ kind: "saved" | "rebased"; text: string; kpisLeft?: string[] } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const focusNotice = () => requestAnimationFrame(() => noticeRef.current?.focus());

  const change = <K extends keyof UpdateForm>(key: K, value: UpdateForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  // The payload that would be sent is what is unsaved: after a save, or an edit undone, nothing is.
  useUnsavedChanges(buildUpdatePayload(form, base.form, base.measure.internal?.version ?? 1).hasChanges);

  const fail = (byField: Record<string, string>, messages: Array<string | SummaryItem>) => {
    setErrors(byField);
    setGeneral(messages.map((m) => (typeof m === "string" ? { message: m } : m)));
    setAttempt((n) => n + 1);
  };

  const mutation = useMutation({
    mutationFn: ({ payload }: BuiltUpdate) => postMeasureUpdate(measure.code, payload),
    onSuccess: ({ measure: saved }) => {
      queryClient.setQueryData(measureQuery(measure.code).queryKey, saved);
      // Lists, counts and charts all include this measure's state.
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "session" && q.queryKey[0] !== "measure" });
      const next = baseOf(saved);
      setBase(next);
      setForm(next.form);
      setErrors({});
      setGeneral([]);
      setConflict(null);
      if (unsavedKpis.length > 0) {
        setNotice({ kind: "saved", text: "Die Aktualisierung wurde gespeichert.", kpisLeft: unsavedKpis.map((k) => k.title) });
        // Focus goes to what is left to do; the notice above is announced as a status.
        onKpisLeftUnsaved(true);
        return;
      }
      setNotice({ kind: "saved", text: "Die Aktualisierung wurde gespeichert." });
      focusNotice();
    },
    onError: (failure, built) => {
      const error = toApiError(failure);
      setNotice(null);
      if (error.status === 409) {
        const parsed = measureConflictResponseSchema.safeParse(error.body);
        if (parsed.success) {
          setErrors({});
          setGeneral([]);
          setConflict(parsed.data.current);
          setAttempt((n) => n + 1);
          return;
        }
      }
      if (error.status === 401) return fail({}, ["Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an; Ihre Eingaben bleiben bis dahin in diesem Fenster."]);
      const mapped = errorsFromApi(error, formFieldKeys(form), built.origin);
      fail(mapped.byField, mapped.general);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = validateUpdateForm(form, base.form);
    if (Object.keys(found).length > 0) return fail(found, []);
    const built = buildUpdatePayload(form, base.form, base.measure.internal?.version ?? 1);
    if (!built.hasChanges && unsavedKpis.length > 0) {
      // Most likely the person meant to save a KPI value with this button: say where it is saved.
      onKpisLeftUnsaved(false);
      return fail({}, [
        "An der Aktualisierung haben Sie nichts geändert.",
        ...unsavedKpis.map((k) => ({
          target: kpiInputId(k.id, "value"),
          message: `Kennzahl „${k.title}“: Der Wert ist noch nicht gespeichert. Kennzahlwerte speichern Sie bei der Kennzahl mit „Wert speichern“.`,
        })),
      ]);
    }
    if (!built.hasChanges) return fail({}, ["Sie haben nichts geändert. Ändern Sie mindestens ein Feld oder schreiben Sie einen Kommentar."]);
    setErrors({});
    setGeneral([]);
    mutation.mutate(built);
  };

  const reapply = () => {
    if (!conflict) return;
    const next = baseOf(conflict);
    setForm(rebaseForm(form, base.form, next.form));
    setBase(next);
    setConflict(null);
    queryClient.setQueryData(measureQuery(measure.code).queryKey, conflict);
    setNotice({
      kind: "rebased",
      text: "Ihre Änderungen liegen jetzt auf dem aktuellen Stand. Bitte prüfen Sie die Felder und speichern Sie erneut.",
    });
    focusNotice();
  };

  const summary = [
    ...general,
    ...formFieldKeys(form)
      .filter((key) => errors[key])
      .map((key) => ({ target: id(key), message: `${fieldLabel(key, form)}: ${errors[key]}` })),
  ];

  return (
    <>
      {notice ? (
        <div ref={noticeRef} tabIndex={-1} role="status" className={`notice ${notice.kind === "saved" ? "notice--success" : "notice--info"}`}>
          <p>{notice.text}</p>
          {notice.kpisLeft ? (
            <p>
              Noch nicht gespeichert: {notice.kpisLeft.length === 1 ? "der Wert" : "die Werte"} für{" "}
              {notice.kpisLeft.map((title) => `„${title}“`).join(", ")} unten bei „Kennzahlen erfassen“.
            </p>
          ) : null}
          {notice.kind === "saved" ? (
            <p>
              <Link to={`/massnahmen/${measure.code}`}>Zurück zur Maßnahme {measure.code}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {conflict ? <ConflictNotice key={attempt} mine={form} base={base.form} current={conflict} onReapply={reapply} /> : null}
      <ErrorSummary items={summary} attempt={attempt} />
      <form className="update-form" onSubmit={submit} noValidate aria-label={`Aktualisierung ${measure.code}`}>
        <fieldset className="card">
          <legend>Stand</legend>
          <div className="form-grid">
            <SelectField id={id("status")} label="Status" value={form.status} error={errors.status} onChange={(e) => change("status", e.target.value as Status)}>
              {STATUS_KEYS.map((key) => (
                <option key={key} value={key}>
                  {STATUS_LABELS[key]}
                </option>
              ))}
            </SelectField>
            {NEEDS_REASON.has(form.status) && form.status !== base.form.status ? (
              <TextAreaField
                id={id("reason")}
                label="Grund (öffentlich)"
                className="form-grid__wide"
                rows={2}
                maxLength={500}
                value={form.reason}
                error={errors.reason}
                hint="Pflicht bei verzögert, pausiert oder eingestellt; erscheint im öffentlichen Verlauf und im Bericht"
                onChange={(e) => change("reason", e.target.value)}
              />
            ) : null}
            <TextField
              id={id("progress")}
              label="Fortschritt in %"
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              value={form.progress}
              error={errors.progress}
              hint="ganze Zahl von 0 bis 100; bei „umgesetzt“ 100"
              onChange={(e) => change("progress", e.target.value)}
            />
            <TextField
              id={id("actualStart")}
              label="Tatsächlicher Beginn"
              type="date"
              value={form.actualStart}
              error={errors.actualStart}
              hint="leer, solange die Maßnahme nicht begonnen hat"
              onChange={(e) => change("actualStart", e.target.value)}
            />
            <TextField
              id={id("actualEnd")}
              label="Tatsächliches Ende"
              type="date"
              value={form.actualEnd}
              error={errors.actualEnd}
              hint="leer, solange die Maßnahme nicht abgeschlossen ist"
              onChange={(e) => change("actualEnd", e.target.value)}
            />
          </div>
        </fieldset>

        <MilestoneFields form={form} base={base.form} errors={errors} idFor={id} onChange={setForm} />

        <PlanFields measure={base.measure} form={form} base={base.form} errors={errors} idFor={id} onChange={change} />

        <fieldset className="card">
          <legend>Meldung für die Öffentlichkeit</legend>
          <TextAreaField
            id={id("comment")}
            label="Kommentar für die Öffentlichkeit"
            value={form.comment}
            maxLength={1000}
            error={errors.comment}
            hint="Wird mit dem heutigen Datum auf der öffentlichen Seite der Maßnahme veröffentlicht. Bitte keine Namen oder internen Details."
            onChange={(e) => change("comment", e.target.value)}
          />
        </fieldset>

        <fieldset className="card internal-box">
          <legend>Intern – nicht öffentlich</legend>
          <p className="hint">Sichtbar nur für Ratsmitglieder, die Projektleitung der Maßnahme und die Administration.</p>
          <TextAreaField
            id={id("note")}
            label="Notiz für den Rat (intern)"
            value={form.note}
            maxLength={2000}
            error={errors.note}
            onChange={(e) => change("note", e.target.value)}
          />
          <TextAreaField
            id={id("risk")}
            label="Risiko (intern)"
            value={form.risk}
            maxLength={1000}
            error={errors.risk}
            hint="Die aktuelle Einschätzung; leeren Sie das Feld, wenn kein Risiko mehr besteht."
            onChange={(e) => change("risk", e.target.value)}
          />
        </fieldset>

        <p id="u-submit-hint" className="hint">
          Speichert Stand, Meilensteine, Zeitplan, Kommentar, Notiz und Risiko
          {measure.kpis.length > 0 ? "; Werte von Kennzahlen werden unten getrennt gespeichert." : "."}
        </p>
        <p className="form-actions">
          <button type="submit" className="button" aria-describedby="u-submit-hint">
            Aktualisierung speichern
          </button>
          <Link to={`/massnahmen/${measure.code}`}>Abbrechen</Link>
        </p>
        {mutation.isPending ? (
          <p role="status" className="muted">
            Wird gespeichert …
          </p>
        ) : null}
      </form>
    </>
  );
}
