import { useState } from "react";
import { Link } from "react-router";
import { formatDate, formatPercent, type MeasureInternal, type UserRef } from "@sm/domain/web";
import { formatDateTime } from "../../components/format-date-time";
import { Icon } from "../../components/icons";
import { StatusBadge } from "../../components/status-badge";
import { changeText } from "../../components/change-text";

const SHOWN_AT_FIRST = 3;
const person = (ref: UserRef | null) => (ref ? ref.name : "nicht zugeordnet");

/**
 * What only leads, council members and administrators see: who is responsible, the risk, whether
 * the measure is public, and every update with its council note and changes. Marked as internal
 * in words, not only by its colour.
 */
export function InternalSection({ code, internal }: { code: string; internal: MeasureInternal }) {
  const [showAll, setShowAll] = useState(false);
  const updates = [...internal.updates].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  const shown = showAll ? updates : updates.slice(0, SHOWN_AT_FIRST);
  return (
    <section aria-labelledby="m-internal" className="internal-box card">
      <h2 id="m-internal">
        <Icon name="alert" /> Interne Informationen – nicht öffentlich
      </h2>
      <p className="hint">Sichtbar nur für Ratsmitglieder, die Projektleitung dieser Maßnahme und die Administration.</p>
      {internal.canUpdate ? (
        <p>
          <Link to={`/massnahmen/${code}/aktualisieren`} className="button">
            Aktualisieren
          </Link>
        </p>
      ) : null}
      <dl className="details">
        <dt>Projektleitung</dt>
        <dd>{person(internal.lead)}</dd>
        <dt>Vertretung</dt>
        <dd>{person(internal.deputy)}</dd>
        <dt>Sichtbarkeit</dt>
        <dd>{internal.isPublic ? "öffentlich" : "nicht öffentlich (nur intern sichtbar)"}</dd>
        <dt>Risiko</dt>
        <dd className="pre-line">{internal.risk || "kein Risiko gemeldet"}</dd>
      </dl>
      <h3>Interne Meldungen</h3>
      {updates.length === 0 ? (
        <p>Es gibt noch keine Meldungen.</p>
      ) : (
        <ol className="internal-updates" aria-label="Interne Meldungen, neueste zuerst">
          {shown.map((u) => (
            <li key={u.id}>
              <p className="timeline__head">
                <time dateTime={u.date}>{formatDate(u.date)}</time>
                <StatusBadge status={u.status} />
                <span>Fortschritt {formatPercent(u.progress)}</span>
              </p>
              <p className="muted small">
                {u.createdAt ? (
                  <>
                    von {u.author?.name ?? "unbekannt"}, gespeichert{" "}
                    <time dateTime={u.createdAt}>{formatDateTime(u.createdAt)}</time>
                  </>
                ) : (
                  "aus der Datenübernahme"
                )}
              </p>
              {u.changes.length > 0 ? (
                <ul className="changes">
                  {u.changes.map((c, index) => (
                    <li key={`${c.field}-${index}`}>{changeText(c)}</li>
                  ))}
                </ul>
              ) : null}
              {u.comment ? (
                <p>
                  <strong>Öffentlicher Kommentar:</strong> {u.comment}
                </p>
              ) : null}
              {u.note ? (
                <p className="council-note">
                  <strong>Notiz für den Rat:</strong> {u.note}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {updates.length > SHOWN_AT_FIRST ? (
        <p>
          <button type="button" className="link-button" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
            {showAll ? "Nur die neuesten Meldungen zeigen" : `Alle ${updates.length} internen Meldungen zeigen`}
          </button>
        </p>
      ) : null}
    </section>
  );
}
