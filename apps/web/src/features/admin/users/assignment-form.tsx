import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AdminUser } from "@sm/domain/web";
import { toApiError } from "../../../api/client";
import { adminMeasuresQuery } from "../../../api/queries";
import { assignMeasures } from "../../../api/writes";
import { QueryState } from "../../../components/query-state";
import { TableRegion } from "../../../components/table-region";
import { useUnsavedChanges } from "../../../components/use-unsaved-changes";
import { sameAssignment, takenOver, toggleAssignment, type Assignment } from "./assignment";

/** Which measures the person leads or deputises: one checkbox per measure and role. */
export function AssignmentForm({ user }: { user: AdminUser }) {
  const queryClient = useQueryClient();
  const measures = useQuery(adminMeasuresQuery());
  const before: Assignment = { lead: user.leads, deputy: user.deputises };
  const [assignment, setAssignment] = useState<Assignment>(before);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  // Compared with the person as last read; after a save the read comes back with the new assignment.
  useUnsavedChanges(!sameAssignment(assignment, before));
  const mutation = useMutation({
    mutationFn: () => assignMeasures(user.id, assignment),
    onSuccess: () => {
      setMessage({ error: false, text: "Zuordnung gespeichert." });
      void queryClient.invalidateQueries({ queryKey: ["admin"] });
    },
    onError: (error) => setMessage({ error: true, text: toApiError(error).message }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mutation.isPending) {
      setMessage(null);
      mutation.mutate();
    }
  };

  return (
    <section aria-labelledby="user-measures" className="admin-section">
      <h2 id="user-measures">Maßnahmen zuordnen</h2>
      <p>
        Als Leitung oder Vertretung sieht die Person die internen Angaben der Maßnahme und kann sie aktualisieren. Hat eine
        Maßnahme schon eine andere Leitung oder Vertretung, wird diese ersetzt.
      </p>
      <QueryState query={measures}>
        {({ items }) => {
          const rows = items.filter((m) => !m.archived || before.lead.includes(m.code) || before.deputy.includes(m.code));
          const replaced = takenOver(assignment, before, items, user.id);
          return (
            <form onSubmit={submit} aria-labelledby="user-measures">
              <TableRegion label="Zuordnung der Maßnahmen">
                <table className="data-table">
                  <caption>Maßnahmen und Rollen von {user.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Maßnahme</th>
                      <th scope="col">Derzeit Leitung</th>
                      <th scope="col">Derzeit Vertretung</th>
                      <th scope="col">Leitung</th>
                      <th scope="col">Vertretung</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((m) => (
                      <tr key={m.code}>
                        <th scope="row" className="title-cell">
                          <span className="code">{m.code}</span> {m.title}
                          {m.archived ? <span className="muted small block">archiviert</span> : null}
                        </th>
                        <td>{m.lead?.name ?? "–"}</td>
                        <td>{m.deputy?.name ?? "–"}</td>
                        {(["lead", "deputy"] as const).map((role) => (
                          <td key={role} className="check-cell">
                            <input
                              type="checkbox"
                              id={`assign-${role}-${m.code}`}
                              checked={assignment[role].includes(m.code)}
                              onChange={(e) => setAssignment((a) => toggleAssignment(a, m.code, role, e.target.checked))}
                            />
                            <label htmlFor={`assign-${role}-${m.code}`} className="visually-hidden">
                              {m.code} {role === "lead" ? "leiten" : "vertreten"}
                            </label>
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
              {replaced.length > 0 ? (
                <p className="notice notice--warning">
                  Beim Speichern wird die bisherige Leitung oder Vertretung ersetzt bei: {replaced.join(", ")}.
                </p>
              ) : null}
              <p className="form-actions">
                <button type="submit" className="button">
                  Zuordnung speichern
                </button>
              </p>
              <p role={message?.error ? "alert" : "status"} className={message?.error ? "field-error" : undefined}>
                {mutation.isPending ? "Wird gespeichert …" : message?.text}
              </p>
            </form>
          );
        }}
      </QueryState>
    </section>
  );
}
