import { useRef, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { formatDate } from "@sm/domain/web";
import { committeeSessionsQuery } from "../../../api/queries";
import { QueryState } from "../../../components/query-state";
import { TableRegion } from "../../../components/table-region";
import { useDocumentTitle } from "../../../components/use-document-title";
import { AddSessionForm, DeleteSessionPanel, RenameSessionForm } from "./session-forms";
import { sessionName, type CommitteeSession } from "./sessions";

type Action = { kind: "rename" | "delete"; session: CommitteeSession };

/** /verwaltung/sitzungen: the committee's session dates, which start the "since the last session" period. */
export function CommitteeSessionsPage() {
  useDocumentTitle("Sitzungen des Ausschusses");
  const sessions = useQuery(committeeSessionsQuery());
  const [action, setAction] = useState<Action | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const open = (next: Action) => {
    setMessage(null);
    setAction(next);
  };
  // Back to the button that opened the panel, so keyboard users keep their place in the table.
  const cancel = () => {
    const trigger = action ? actionButtonId(action.kind, action.session.date) : null;
    setAction(null);
    if (trigger) requestAnimationFrame(() => document.getElementById(trigger)?.focus());
  };
  // The row may be gone (deleted): focus goes to the message that says what happened.
  const done = (text: string) => {
    setAction(null);
    setMessage(text);
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  return (
    <>
      <h1>Sitzungen des Ausschusses</h1>
      <p className="lead">
        Die Termine des Ausschusses. Die letzte Sitzung vor einem Datum ist der Beginn von „Änderungen seit der letzten
        Sitzung“ und des Berichts für den Ausschuss.
      </p>
      <div ref={statusRef} tabIndex={-1} role="status" className={`sessions-status${message ? " notice notice--success" : ""}`}>
        {message ? <p>{message}</p> : null}
      </div>
      <QueryState query={sessions}>
        {({ items }) => (
          <>
            <SessionsTable sessions={items} onAction={open} />
            {action?.kind === "rename" ? (
              <RenameSessionForm key={action.session.date} session={action.session} onDone={done} onCancel={cancel} />
            ) : null}
            {action?.kind === "delete" ? (
              <DeleteSessionPanel key={action.session.date} session={action.session} onDone={done} onCancel={cancel} />
            ) : null}
            <AddSessionForm sessions={items} />
          </>
        )}
      </QueryState>
    </>
  );
}

const actionButtonId = (kind: Action["kind"], date: string) => `session-${kind}-${date}`;

function SessionsTable({ sessions, onAction }: { sessions: CommitteeSession[]; onAction: (action: Action) => void }) {
  if (sessions.length === 0) return <p>Es sind noch keine Sitzungen eingetragen.</p>;
  return (
    <TableRegion label="Sitzungen">
      <table className="data-table sessions-table">
        <caption>Sitzungen ({sessions.length})</caption>
        <thead>
          <tr>
            <th scope="col">Sitzung</th>
            <th scope="col">Aktionen</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.date}>
              {/* Date and title in one cell, so a phone shows both beside the buttons without scrolling. */}
              <th scope="row">
                <span className="block">{formatDate(s.date)}</span>
                <span className="sessions-table__title">{s.title}</span>
              </th>
              <td>
                <span className="sessions-table__actions">
                  {(["rename", "delete"] as const).map((kind) => (
                    <button
                      key={kind}
                      id={actionButtonId(kind, s.date)}
                      type="button"
                      className="button button--secondary"
                      onClick={() => onAction({ kind, session: s })}
                    >
                      {kind === "rename" ? "Umbenennen" : "Löschen"}
                      <span className="visually-hidden"> ({sessionName(s.date)})</span>
                    </button>
                  ))}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
