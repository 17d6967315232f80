import { useMemo, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { formatDate } from "@sm/domain/web";
import { STAND_PARAM } from "../../components/as-of";
import { asOfStops, stopIndexFor } from "./as-of-stops";

interface Props {
  horizon: { start: string; end: string };
  /** today in the city's time zone, as the server says */
  today: string;
  /** the date shown, undefined for today */
  asOf: string | undefined;
}

/**
 * Lets a reader look back: a slider over the month ends of the horizon (arrow keys move a month)
 * and a date field for an exact day. Both write `?stand=` to the URL, so a past state can be shared.
 */
export function AsOfControl({ horizon, today, asOf }: Props) {
  const navigate = useNavigate();
  const stops = useMemo(() => asOfStops(horizon, today), [horizon, today]);
  const shown = asOf ?? today;
  const urlIndex = stopIndexFor(stops, shown);
  // The router applies a navigation as a transition, later than the key press: the slider keeps
  // its own position meanwhile, or quick presses (a held arrow key) would snap back and get lost.
  // It follows the URL again whenever the URL changes (state adjusted while rendering, no effect).
  const [index, setIndex] = useState(urlIndex);
  const [followed, setFollowed] = useState(urlIndex);
  if (urlIndex !== followed) {
    setFollowed(urlIndex);
    setIndex(urlIndex);
  }
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (first === undefined || last === undefined) return null;
  const stop = stops[index] ?? last;
  const label = (date: string) => (date === today ? `${formatDate(date)} (heute)` : formatDate(date));

  // Replace rather than push: dragging the slider should not fill the back button with months.
  const show = (date: string) =>
    navigate(date >= today ? "/" : `/?${STAND_PARAM}=${date}`, { replace: true, preventScrollReset: true });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get(STAND_PARAM);
    if (typeof value === "string" && value) show(value);
  };

  return (
    <section aria-labelledby="as-of-title" className="card as-of-control">
      <h2 id="as-of-title">Früheren Stand anzeigen</h2>
      <p className="muted" id="as-of-hint">
        Zeigt Status, Fortschritt und Kennzahlen so, wie sie zu einem früheren Zeitpunkt erfasst waren. Der Regler springt
        von Monatsende zu Monatsende; die Pfeiltasten bewegen ihn um einen Monat.
      </p>
      <div className="as-of-control__slider">
        <label htmlFor="as-of-range">Monatsende</label>
        <input
          id="as-of-range"
          type="range"
          min={0}
          max={stops.length - 1}
          step={1}
          value={index}
          aria-valuetext={label(stop)}
          aria-describedby="as-of-hint"
          onChange={(event) => {
            const next = Number(event.target.value);
            setIndex(next);
            show(stops[next] ?? last);
          }}
        />
        <div className="as-of-control__scale" aria-hidden="true">
          <span>{formatDate(first)}</span>
          <span>{label(last)}</span>
        </div>
      </div>
      {/* keyed by the date shown, so the field shows the slider's choice without syncing state */}
      <form key={shown} className="as-of-control__date" onSubmit={submit}>
        <div className="form-field">
          <label htmlFor="as-of-date">Genaues Datum</label>
          <input id="as-of-date" type="date" name={STAND_PARAM} min={horizon.start} max={today} defaultValue={shown} required />
        </div>
        <button type="submit" className="button">
          Anzeigen
        </button>
      </form>
      <p className="as-of-control__current">
        Angezeigt: <strong>{label(shown)}</strong>
        {asOf ? (
          <>
            {" · "}
            <Link to="/" replace preventScrollReset>
              Zum heutigen Stand
            </Link>
          </>
        ) : null}
      </p>
    </section>
  );
}
