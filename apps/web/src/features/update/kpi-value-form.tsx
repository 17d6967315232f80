import { useEffect, useRef, useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { formatDate, type KpiSummary } from "@sm/domain/web";
import { toApiError } from "../../api/client";
import { postKpiValue } from "../../api/writes";
import { ErrorSummary } from "../../components/error-summary";
import { domId, errorsFromApi } from "../../components/field-errors";
import { CheckboxField, TextField } from "../../components/form-fields";
import { useUnsavedChanges } from "../../components/use-unsaved-changes";
import { formatKpiValue } from "../kpi/kpi-format";
import { KpiStatus } from "../kpi/kpi-status";
import { buildKpiValuePayload, emptyKpiValue, kpiValueChanged, type KpiValueDraft } from "./kpi-value";

const KEYS = ["date", "value", "sourceUrl", "sourceLabel", "isExample"] as const;
const LABELS: Record<(typeof KEYS)[number], string> = {
  date: "Datum",
  value: "Wert",
  sourceUrl: "Quelle (URL)",
  sourceLabel: "Quellenbezeichnung",
  isExample: "Beispieldaten",
};

/** Asks the form to say that its value is still unsaved; a new `n` asks again. */
export interface KpiReminder {
  n: number;
  /** the first unsaved form takes focus, so the person lands on what is left to do */
  focus: boolean;
}

interface Props {
  kpi: KpiSummary;
  measureCode: string;
  today: string;
  /** whether the form holds a value it has not saved, for the update form's save (update-page.tsx) */
  onDirtyChange: (kpiId: string, dirty: boolean) => void;
  reminder: KpiReminder | null;
}

/**
 * One new value of one KPI linked to the measure: its own form with its own button, saved apart
 * from the update (POST /api/v1/kpis/:id/values), so a typed value counts as an unsaved edit.
 */
export function KpiValueForm({ kpi, measureCode, today, onDirtyChange, reminder }: Props) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState<KpiValueDraft>(() => emptyKpiValue(today));
  const [draft, setDraft] = useState<KpiValueDraft>(base);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const [reminding, setReminding] = useState<KpiReminder | null>(null);
  const reminderRef = useRef<HTMLDivElement>(null);
  // The same ids as kpiInputId, which the update form links to.
  const id = (key: string) => domId(`kpi-${kpi.id}`, key);
  const set = <K extends keyof KpiValueDraft>(key: K, value: KpiValueDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const dirty = kpiValueChanged(draft, base);
  useUnsavedChanges(dirty);
  useEffect(() => onDirtyChange(kpi.id, dirty), [onDirtyChange, kpi.id, dirty]);
  useEffect(() => () => onDirtyChange(kpi.id, false), [onDirtyChange, kpi.id]);
  useEffect(() => {
    if (reminder && dirty) setReminding(reminder);
    // Only a new reminder shows the note, not every keystroke after it.
  }, [reminder?.n]);
  useEffect(() => {
    if (reminding?.focus) reminderRef.current?.focus();
  }, [reminding]);

  const mutation = useMutation({
    mutationFn: (payload: Parameters<typeof postKpiValue>[1]) => postKpiValue(kpi.id, payload),
    onSuccess: (_answer, payload) => {
      setSaved(`Gespeichert: ${formatKpiValue(payload.value, kpi.unit, 3)} zum ${formatDate(payload.date)}.`);
      const next = emptyKpiValue(today);
      setBase(next);
      setDraft(next);
      setReminding(null);
      setErrors({});
      setGeneral([]);
      for (const key of [["kpi", kpi.id], ["kpis"], ["measure", measureCode], ["field"], ["strategy"]]) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
    },
    onError: (failure) => {
      const mapped = errorsFromApi(toApiError(failure), KEYS);
      setErrors(mapped.byField);
      setGeneral(mapped.general);
      setAttempt((n) => n + 1);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setSaved(null);
    const built = buildKpiValuePayload(draft);
    if ("errors" in built) {
      setErrors(built.errors);
      setGeneral([]);
      setAttempt((n) => n + 1);
      return;
    }
    mutation.mutate(built.payload);
  };

  const summary = [
    ...general.map((message) => ({ message })),
    ...KEYS.filter((key) => errors[key]).map((key) => ({ target: id(key), message: `${LABELS[key]}: ${errors[key]}` })),
  ];
  const unit = kpi.unit && kpi.unit !== "Anzahl" ? kpi.unit : "";
  const titleId = id("title");

  return (
    <form className="card kpi-value-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <p className="eyebrow">Neuer Wert der Kennzahl</p>
      <h3 id={titleId}>{kpi.title}</h3>
      <KpiStatus kpi={kpi} className="muted" />
      {reminding && dirty ? (
        <div ref={reminderRef} tabIndex={-1} className="notice notice--warning kpi-value-form__unsaved">
          <p>
            <strong>Dieser Wert ist noch nicht gespeichert.</strong> „Aktualisierung speichern“ speichert keine Kennzahlwerte.
            Prüfen Sie die Angaben und wählen Sie „Wert speichern“, oder leeren Sie die Felder, wenn Sie den Wert nicht
            erfassen wollen.
          </p>
        </div>
      ) : null}
      <ErrorSummary items={summary} attempt={attempt} title="Der Wert wurde nicht gespeichert" />
      <div className="form-grid">
        <TextField id={id("date")} label="Datum" type="date" value={draft.date} error={errors.date} onChange={(e) => set("date", e.target.value)} />
        <TextField
          id={id("value")}
          label={unit ? `Wert in ${unit}` : "Wert (Anzahl)"}
          inputMode="decimal"
          autoComplete="off"
          value={draft.value}
          error={errors.value}
          hint="z. B. 1.234,5"
          onChange={(e) => set("value", e.target.value)}
        />
        <TextField
          id={id("sourceUrl")}
          label="Quelle (URL)"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={draft.sourceUrl}
          error={errors.sourceUrl}
          onChange={(e) => set("sourceUrl", e.target.value)}
        />
        <TextField
          id={id("sourceLabel")}
          label="Quellenbezeichnung"
          maxLength={300}
          value={draft.sourceLabel}
          error={errors.sourceLabel}
          hint="z. B. Amt für Statistik, Jahresbericht 2026"
          onChange={(e) => set("sourceLabel", e.target.value)}
        />
      </div>
      <CheckboxField
        id={id("isExample")}
        label="Beispieldaten (keine amtliche Zahl)"
        checked={draft.isExample}
        error={errors.isExample}
        hint="Ohne Quelle muss der Wert als Beispieldaten markiert werden; er wird dann so gekennzeichnet."
        onChange={(e) => set("isExample", e.target.checked)}
      />
      <p className="form-actions">
        <button type="submit" className="button button--secondary">
          Wert speichern<span className="visually-hidden"> für {kpi.title}</span>
        </button>
      </p>
      <p role="status" className="kpi-value-form__status">
        {mutation.isPending ? "Wird gespeichert …" : saved}
      </p>
    </form>
  );
}
