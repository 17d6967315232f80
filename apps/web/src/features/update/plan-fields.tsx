import { formatDate, type MeasureView } from "@sm/domain/web";
import { TextAreaField, TextField } from "../../components/form-fields";
import { NEEDS_REASON, plannedDatesMoved, type UpdateForm } from "./update-form";

interface Props {
  measure: MeasureView;
  form: UpdateForm;
  base: UpdateForm;
  errors: Record<string, string>;
  idFor: (key: string) => string;
  onChange: <K extends keyof UpdateForm>(key: K, value: UpdateForm[K]) => void;
}

/**
 * The measure's planned span. Moving a date is a plan revision on the public record, so the reason
 * field appears as soon as a planned date (here or a milestone's) differs from the current plan.
 */
export function PlanFields({ measure, form, base, errors, idFor, onChange }: Props) {
  const moved = plannedDatesMoved(form, base);
  const delaying = form.status === "delayed" && base.status !== "delayed";
  const statusReasonGiven = NEEDS_REASON.has(form.status) && form.status !== base.status;
  const baseline = measure.baseline;
  const original =
    baseline.start !== base.plannedStart || baseline.end !== base.plannedEnd
      ? `; ursprünglich ${formatDate(baseline.start)} – ${formatDate(baseline.end)}`
      : "";
  return (
    <fieldset className="card">
      <legend>Zeitplan</legend>
      <p className="hint">
        Geplant {formatDate(base.plannedStart)} – {formatDate(base.plannedEnd)}
        {original}. Jede Terminänderung erscheint mit Datum und Grund im öffentlichen Verlauf; der ursprüngliche Plan bleibt sichtbar.
      </p>
      <div className="form-grid">
        <TextField
          id={idFor("plannedStart")}
          label="Geplanter Beginn"
          type="date"
          value={form.plannedStart}
          error={errors.plannedStart}
          hint={`bisher ${formatDate(base.plannedStart)}`}
          onChange={(e) => onChange("plannedStart", e.target.value)}
        />
        <TextField
          id={idFor("plannedEnd")}
          label="Geplantes Ende"
          type="date"
          value={form.plannedEnd}
          error={errors.plannedEnd}
          hint={delaying ? `Bei „verzögert“ bitte ein späteres Ende als ${formatDate(base.plannedEnd)} angeben` : `bisher ${formatDate(base.plannedEnd)}`}
          onChange={(e) => onChange("plannedEnd", e.target.value)}
        />
        {moved || errors.planReason ? (
          <TextAreaField
            id={idFor("planReason")}
            label="Grund für die Terminänderung (öffentlich)"
            className="form-grid__wide"
            rows={2}
            maxLength={500}
            value={form.planReason}
            error={errors.planReason}
            hint={
              statusReasonGiven
                ? "Pflicht bei jeder Terminänderung. Leer lassen, wenn der oben genannte Grund auch die Terminänderung erklärt."
                : "Pflicht bei jeder Terminänderung; erscheint im öffentlichen Verlauf, im Bericht und auf der Seite „Was hat sich geändert“."
            }
            onChange={(e) => onChange("planReason", e.target.value)}
          />
        ) : null}
      </div>
    </fieldset>
  );
}
