import { Suspense } from "react";
import { useQuery } from "@tanstack/react-query";
import { Link, NavLink, Outlet } from "react-router";
import { adminMeasuresQuery } from "../../api/queries";
import { useDocumentTitle } from "../../components/use-document-title";
import { RequireSession } from "../session/require-session";

const SECTIONS = [
  { to: "benutzer", label: "Benutzer*innen", text: "Konten anlegen, Rollen ändern, deaktivieren, Passwörter zurücksetzen, Maßnahmen zuordnen." },
  { to: "massnahmen", label: "Maßnahmen", text: "Alle Maßnahmen einschließlich interner und archivierter anlegen und bearbeiten." },
  { to: "kennzahlen", label: "Kennzahlen", text: "Kennzahlen anlegen, Ziele pflegen, archivieren." },
  { to: "handlungsfelder", label: "Handlungsfelder", text: "Titel, Kurztitel und Beschreibung der Handlungsfelder." },
  { to: "sitzungen", label: "Sitzungen", text: "Termine des Ausschusses: Beginn von „Änderungen seit der letzten Sitzung“ und des Berichts." },
  { to: "anmeldesperren", label: "Anmeldesperren", text: "Fehlgeschlagene Anmeldungen sehen und eine Verzögerung aufheben." },
  { to: "protokoll", label: "Protokoll", text: "Wer hat wann was geändert: jede Anmeldung und jede Änderung." },
] as const;

/** /verwaltung: administrators only; the server refuses every admin request from anyone else. */
export function AdminLayout() {
  return (
    <RequireSession title="Verwaltung" roles={["admin"]}>
      {() => (
        <div className="admin">
          <nav aria-label="Verwaltung" className="sub-nav">
            <ul>
              <li>
                <NavLink to="/verwaltung" end>
                  Übersicht
                </NavLink>
              </li>
              {SECTIONS.map((s) => (
                <li key={s.to}>
                  <NavLink to={`/verwaltung/${s.to}`}>{s.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <Suspense
            fallback={
              <p role="status" className="loading">
                Wird geladen …
              </p>
            }
          >
            <Outlet />
          </Suspense>
        </div>
      )}
    </RequireSession>
  );
}

export function AdminHome() {
  useDocumentTitle("Verwaltung");
  return (
    <>
      <h1>Verwaltung</h1>
      <p className="lead">Alle Änderungen hier werden mit Ihrem Namen im Protokoll festgehalten.</p>
      <ToDo />
      <ul className="card-grid card-grid--small plain-list">
        {SECTIONS.map((s) => (
          <li key={s.to} className="card">
            <h2 className="field-card__title">
              <Link to={`/verwaltung/${s.to}`}>{s.label}</Link>
            </h2>
            <p>{s.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** What needs an administrator: measures nobody active leads (after a deactivation, or never assigned). */
function ToDo() {
  const measures = useQuery(adminMeasuresQuery());
  const open = (measures.data?.items ?? []).filter((m) => m.leadOpen && !m.archived);
  if (!measures.data) return null;
  return (
    <section aria-labelledby="admin-todo" className="admin-section">
      <h2 id="admin-todo">Zu erledigen</h2>
      {open.length === 0 ? (
        <p>Jede Maßnahme hat eine aktive Projektleitung.</p>
      ) : (
        <>
          <p>
            {open.length === 1 ? "Eine Maßnahme hat" : `${open.length} Maßnahmen haben`} keine aktive Projektleitung
            („Projektleitung offen“). Ordnen Sie eine Person zu:
          </p>
          <ul>
            {open.map((m) => (
              <li key={m.code}>
                <Link to={`/verwaltung/massnahmen/${m.code}`}>
                  {m.code} {m.title}
                </Link>
                {m.lead ? ` (bisher ${m.lead.name}, deaktiviert)` : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
