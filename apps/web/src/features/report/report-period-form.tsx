import { useState, type FormEvent } from "react";
import type { ApiError } from "../../api/client";
import { SelectField, TextField } from "../../components/form-fields";
import { dateInputValue, sessionOptionLabel, type CommitteeSession, type Period } from "../changes/period";

interface Props {
  /** the dates the form starts with: the URL's, or the API's default period */
  initial: { from: string; to: string };
  sessions: readonly CommitteeSession[];
  /** the API's 400 for the period in the URL, shown next to the date it is about */
  error: ApiError | null;
  onSubmit: (period: Period) => void;
}

/** The report's period: two dates, or a committee session that fills the start date. */
export function ReportPeriodForm({ initial, sessions, error, onSubmit }: Props) {
  const [draft, setDraft] = useState({ from: dateInputValue(initial.from), to: dateInputValue(initial.to) });
  // A session can only start a period that ends after it.
  const choosable = sessions.filter((s) => !draft.to || s.date < draft.to);
  const sessionValue = choosable.some((s) => s.date === draft.from) ? draft.from : "";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };

  return (
    <form className="card period-form report-form" aria-label="Berichtszeitraum wählen" onSubmit={submit} noValidate>
      {error ? (
        <div role="alert" className="notice notice--error period-form__error">
          <p>{error.message}</p>
        </div>
      ) : null}
      <div className="period-form__grid">
        <SelectField
          id="report-session"
          className="period-form__session"
          label="Seit einer Sitzung des Ausschusses"
          hint="setzt das Datum „Von“"
          value={sessionValue}
          onChange={(e) => {
            const date = e.target.value;
            if (date) setDraft((d) => ({ ...d, from: date }));
          }}
        >
          <option value="">Eigener Zeitraum</option>
          {[...choosable].reverse().map((s) => (
            <option key={s.date} value={s.date}>
              {sessionOptionLabel(s)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="report-from"
          name="von"
          type="date"
          label="Von"
          value={draft.from}
          error={error?.param === "from" ? error.message : undefined}
          onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
        />
        <TextField
          id="report-to"
          name="bis"
          type="date"
          label="Bis"
          value={draft.to}
          error={error?.param === "to" || error?.param === "asOf" ? error.message : undefined}
          onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
        />
      </div>
      <p className="form-actions">
        <button type="submit" className="button">
          Bericht anzeigen
        </button>
      </p>
    </form>
  );
}
