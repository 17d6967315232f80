import { useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { DIRECTION_LABELS, DIRECTIONS, type Direction } from "@sm/domain/web";
import { adminMeasuresQuery, strategyQuery } from "../../../api/queries";
import { createKpi, editKpi } from "../../../api/writes";
import { ErrorSummary } from "../../../components/error-summary";
import { CheckboxField, CheckboxGroup, SelectField, TextAreaField, TextField } from "../../../components/form-fields";
import { useFormErrors } from "../../../components/use-form-errors";
import { useUnsavedChanges } from "../../../components/use-unsaved-changes";
import { buildCreateKpi, buildEditKpi, hasKpiEdits, kpiLabels, type CreateKpiPayload, type EditKpiPayload, type KpiDraft } from "./kpi-draft";

interface Props {
  mode: "create" | "edit";
  initial: KpiDraft;
  created?: boolean;
}

export function KpiEditor({ mode, initial, created = false }: Props) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const strategy = useQuery(strategyQuery());
  const measures = useQuery(adminMeasuresQuery());
  const [base, setBase] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const labels = kpiLabels(draft);
  const form = useFormErrors("k", labels);
  const [notice, setNotice] = useState<string | null>(created ? "Die Kennzahl wurde angelegt." : null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const counter = useRef(initial.interimTargets.length);
  const set = <K extends keyof KpiDraft>(key: K, value: KpiDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const { allowLeaving } = useUnsavedChanges(hasKpiEdits(mode, draft, base));

  const mutation = useMutation({
    mutationFn: (request: { kind: "create"; payload: CreateKpiPayload } | { kind: "edit"; payload: EditKpiPayload }) =>
      request.kind === "create" ? createKpi(request.payload) : editKpi(initial.id, request.payload),
    onSuccess: () => {
      form.clear();
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "session" });
      if (mode === "create") {
        // Saved: the way to the new KPI's page is not a loss of edits.
        allowLeaving();
        void navigate(`/verwaltung/kennzahlen/${draft.id.trim()}`, { state: { created: true } });
        return;
      }
      if (draft.archived) {
        // An archived KPI leaves every list, this page's read included.
        allowLeaving();
        void navigate("/verwaltung/kennzahlen");
        return;
      }
      setBase(draft);
      setNotice("Die Änderungen wurden gespeichert.");
      requestAnimationFrame(() => noticeRef.current?.focus());
    },
    onError: form.failWith,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setNotice(null);
    if (mode === "create") {
      const built = buildCreateKpi(draft);
      if ("errors" in built) return form.fail({ byField: built.errors, general: [] });
      return mutation.mutate({ kind: "create", payload: built.payload });
    }
    const built = buildEditKpi(draft, base);
    if ("errors" in built) return form.fail({ byField: built.errors, general: [] });
    if (Object.keys(built.payload).length === 0) return form.fail({ byField: {}, general: ["Sie haben nichts geändert."] });
    mutation.mutate({ kind: "edit", payload: built.payload });
  };

  const addTarget = () => {
    counter.current += 1;
    setDraft((d) => ({ ...d, interimTargets: [...d.interimTargets, { key: `t${counter.current}`, date: "", value: "" }] }));
  };
  const setTarget = (key: string, part: "date" | "value", value: string) =>
    setDraft((d) => ({ ...d, interimTargets: d.interimTargets.map((t) => (t.key === key ? { ...t, [part]: value } : t)) }));

  // Measures of the chosen field, plus any already linked elsewhere.
  const measureOptions = (measures.data?.items ?? [])
    .filter((m) => (!m.archived && m.field === draft.field) || draft.measures.includes(m.code))
    .map((m) => ({ value: m.code, label: `${m.code} ${m.title}` }));
  const e = form.errors;

  return (
    <>
      {notice ? (
        <div ref={noticeRef} tabIndex={-1} role="status" className="notice notice--success">
          <p>{notice}</p>
        </div>
      ) : null}
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <form className="admin-form" onSubmit={submit} noValidate aria-label={mode === "create" ? "Neue Kennzahl" : `Kennzahl ${initial.id} bearbeiten`}>
        <fieldset className="card">
          <legend>Beschreibung</legend>
          <div className="form-grid">
            {mode === "create" ? (
              <TextField id={form.id("id")} label={labels.id} value={draft.id} maxLength={64} error={e.id} hint="Kleinbuchstaben, Ziffern und -, z. B. online-dienste; erscheint in der Adresse" onChange={(ev) => set("id", ev.target.value)} />
            ) : null}
            <SelectField id={form.id("field")} label={labels.field} value={draft.field} error={e.field} onChange={(ev) => set("field", ev.target.value)}>
              <option value="">Bitte wählen</option>
              {(strategy.data?.fields ?? []).map((f) => (
                <option key={f.code} value={f.code}>
                  {f.code} – {f.shortTitle}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField id={form.id("title")} label={labels.title} value={draft.title} maxLength={200} error={e.title} onChange={(ev) => set("title", ev.target.value)} />
          <TextAreaField id={form.id("description")} label={labels.description} value={draft.description} maxLength={2000} error={e.description} onChange={(ev) => set("description", ev.target.value)} />
          <div className="form-grid">
            <TextField id={form.id("unit")} label={labels.unit} value={draft.unit} maxLength={40} error={e.unit} hint="z. B. %, Anzahl, Tage" onChange={(ev) => set("unit", ev.target.value)} />
            <SelectField id={form.id("direction")} label={labels.direction} value={draft.direction} error={e.direction} onChange={(ev) => set("direction", ev.target.value as Direction)}>
              {DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {DIRECTION_LABELS[d]}
                </option>
              ))}
            </SelectField>
            <SelectField id={form.id("decimals")} label={labels.decimals} value={draft.decimals} error={e.decimals} onChange={(ev) => set("decimals", ev.target.value)}>
              {["0", "1", "2", "3"].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </SelectField>
            <TextField id={form.id("frequency")} label={labels.frequency} value={draft.frequency} maxLength={60} error={e.frequency} onChange={(ev) => set("frequency", ev.target.value)} />
          </div>
        </fieldset>

        <fieldset className="card">
          <legend>Ausgangswert und Ziel</legend>
          <div className="form-grid">
            <TextField id={form.id("baseline.date")} label={labels["baseline.date"]} type="date" value={draft.baselineDate} error={e["baseline.date"]} onChange={(ev) => set("baselineDate", ev.target.value)} />
            <TextField id={form.id("baseline.value")} label={labels["baseline.value"]} inputMode="decimal" value={draft.baselineValue} error={e["baseline.value"]} hint="z. B. 1.234,5" onChange={(ev) => set("baselineValue", ev.target.value)} />
            <TextField id={form.id("baseline.sourceUrl")} label={labels["baseline.sourceUrl"]} type="url" value={draft.baselineSourceUrl} error={e["baseline.sourceUrl"]} onChange={(ev) => set("baselineSourceUrl", ev.target.value)} />
          </div>
          <CheckboxField
            id={form.id("baseline.isExample")}
            label="Ausgangswert ist ein Beispielwert"
            checked={draft.baselineIsExample}
            error={e["baseline.isExample"]}
            hint="Ohne Quelle muss der Ausgangswert als Beispieldaten markiert sein."
            onChange={(ev) => set("baselineIsExample", ev.target.checked)}
          />
          <div className="form-grid">
            <TextField id={form.id("target.date")} label={labels["target.date"]} type="date" value={draft.targetDate} error={e["target.date"]} onChange={(ev) => set("targetDate", ev.target.value)} />
            <TextField id={form.id("target.value")} label={labels["target.value"]} inputMode="decimal" value={draft.targetValue} error={e["target.value"]} onChange={(ev) => set("targetValue", ev.target.value)} />
          </div>
          <h3 className="h-small">Zwischenziele</h3>
          {e.interimTargets ? <p className="field-error">{e.interimTargets}</p> : null}
          {draft.interimTargets.length === 0 ? <p>Keine Zwischenziele.</p> : null}
          {draft.interimTargets.map((t, i) => (
            <fieldset key={t.key} className="milestone-edit">
              <legend>Zwischenziel {i + 1}</legend>
              <div className="form-grid">
                <TextField id={form.id(`interimTargets.${i}.date`)} label="Datum" type="date" value={t.date} error={e[`interimTargets.${i}.date`]} onChange={(ev) => setTarget(t.key, "date", ev.target.value)} />
                <TextField id={form.id(`interimTargets.${i}.value`)} label="Wert" inputMode="decimal" value={t.value} error={e[`interimTargets.${i}.value`]} onChange={(ev) => setTarget(t.key, "value", ev.target.value)} />
              </div>
              <p>
                <button type="button" className="link-button" onClick={() => set("interimTargets", draft.interimTargets.filter((x) => x.key !== t.key))}>
                  Zwischenziel {i + 1} entfernen
                </button>
              </p>
            </fieldset>
          ))}
          <p>
            <button type="button" className="button button--secondary" onClick={addTarget}>
              Zwischenziel hinzufügen
            </button>
          </p>
        </fieldset>

        <div className="card">
          <CheckboxGroup
            id={form.id("measures")}
            legend={labels.measures ?? "Maßnahmen"}
            hint={draft.field ? "Maßnahmen des gewählten Handlungsfelds" : "Bitte zuerst ein Handlungsfeld wählen."}
            options={measureOptions}
            value={draft.measures}
            error={e.measures}
            onChange={(v) => set("measures", v)}
          />
        </div>

        <fieldset className="card">
          <legend>Veröffentlichung</legend>
          <SelectField
            id={form.id("isPublic")}
            label={labels.isPublic}
            value={draft.visibility}
            error={e.isPublic}
            hint={mode === "edit" ? "Die aktuelle Einstellung zeigt die Programmierschnittstelle nicht an; „unverändert“ lässt sie, wie sie ist." : undefined}
            onChange={(ev) => set("visibility", ev.target.value as KpiDraft["visibility"])}
          >
            {mode === "edit" ? <option value="">unverändert</option> : null}
            <option value="public">öffentlich</option>
            <option value="internal">nur intern</option>
          </SelectField>
          {mode === "edit" ? (
            <CheckboxField
              id={form.id("archived")}
              label="Archivieren"
              checked={draft.archived}
              error={e.archived}
              hint="Archivierte Kennzahlen erscheinen nirgends mehr; ihre Werte bleiben in der Datenbank."
              onChange={(ev) => set("archived", ev.target.checked)}
            />
          ) : null}
        </fieldset>

        <p className="form-actions">
          <button type="submit" className="button">
            {mode === "create" ? "Kennzahl anlegen" : "Änderungen speichern"}
          </button>
        </p>
        <p role="status">{mutation.isPending ? "Wird gespeichert …" : ""}</p>
      </form>
    </>
  );
}
