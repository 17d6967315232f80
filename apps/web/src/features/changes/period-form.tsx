import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import type { ApiError } from "../../api/client";
import { SelectField, TextField } from "../../components/form-fields";
import { dateInputValue, periodErrorText, sessionOptionLabel, type CommitteeSession, type Period } from "./period";

interface Props {
  /** the dates the form starts with: the URL's, or the API's default period */
  initial: { from: string; to: string };
  sessions: readonly CommitteeSession[];
  /** the API's 400 for the period in the URL, shown here next to the dates it is about */
  error: ApiError | null;
  /** the form's accessible name, and what its button says */
  name: string;
  submitLabel: string;
  /** prefix of the inputs' ids, unique on the page */
  idPrefix: string;
  /** a link back to the default period, when the URL names another */
  reset?: { to: string; text: string } | undefined;
  onSubmit: (period: Period) => void;
}

/**
 * Chooses the period: two dates, or a committee session that fills the start date. Only
 * submitting changes the URL, so the lists do not reload while someone is still typing a date.
 */
export function PeriodForm({ initial, sessions, error, name, submitLabel, idPrefix, reset, onSubmit }: Props) {
  const [draft, setDraft] = useState({ from: dateInputValue(initial.from), to: dateInputValue(initial.to) });
  // A session can only start a period that ends after it.
  const choosable = sessions.filter((s) => !draft.to || s.date < draft.to);
  const sessionValue = choosable.some((s) => s.date === draft.from) ? draft.from : "";
  const text = error ? periodErrorText(error.message) : null;
  const fromError = text && error?.param === "from" ? text.reason : undefined;
  const toError = text && (error?.param === "to" || error?.param === "asOf") ? text.reason : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };

  return (
    <form className="filters card period-form" aria-label={name} onSubmit={submit} noValidate>
      {text ? (
        <div role="alert" className="notice notice--error period-form__error">
          <p>{text.message}</p>
        </div>
      ) : null}
      <div className="period-form__grid">
        <SelectField
          id={`${idPrefix}-session`}
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
          id={`${idPrefix}-from`}
          name="von"
          type="date"
          label="Von"
          value={draft.from}
          error={fromError}
          onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
        />
        <TextField
          id={`${idPrefix}-to`}
          name="bis"
          type="date"
          label="Bis"
          value={draft.to}
          error={toError}
          onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
        />
      </div>
      <p className="form-actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {reset ? <Link to={reset.to}>{reset.text}</Link> : null}
      </p>
    </form>
  );
}
