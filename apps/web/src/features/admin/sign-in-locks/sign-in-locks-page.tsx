import { useState } from "react";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { formatDateTime } from "../../../components/format-date-time";
import { api, fetchJson } from "../../../api/client";
import { QueryState } from "../../../components/query-state";
import { TableRegion } from "../../../components/table-region";
import { useDocumentTitle } from "../../../components/use-document-title";

const locks = api.admin["sign-in-locks"];
const signInLocksQuery = () => queryOptions({ queryKey: ["admin", "sign-in-locks"], queryFn: () => fetchJson(locks.$get()) });
const lift = (email: string, ip: string) => fetchJson(locks.$delete({ query: { email, ip } }));

/** Failed sign-ins that hold an address back for an account, and lifting them (audited). */
export function SignInLocksPage() {
  useDocumentTitle("Anmeldesperren");
  const query = useQuery(signInLocksQuery());
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: ({ email, ip }: { email: string; ip: string }) => lift(email, ip),
    onSuccess: (_data, { email, ip }) => {
      setMessage(`Die Verzögerung für ${email} von ${ip} ist aufgehoben.`);
      void queryClient.invalidateQueries({ queryKey: ["admin", "sign-in-locks"] });
    },
  });
  return (
    <>
      <h1>Anmeldesperren</h1>
      <p className="lead">
        Nach mehreren falschen Passwörtern wartet eine Adresse für ein Konto immer länger, bevor sie es wieder versuchen darf. Von
        anderen Adressen aus kann sich die Person weiter anmelden. Hier sehen Sie die Fehlversuche der letzten 15 Minuten und
        können eine Verzögerung aufheben, etwa wenn sich jemand mehrmals vertippt hat.
      </p>
      <p role="status">{message}</p>
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p>Zurzeit gibt es keine fehlgeschlagenen Anmeldungen.</p>
          ) : (
            <TableRegion label="Fehlgeschlagene Anmeldungen">
              <table className="data-table">
                <caption>Fehlgeschlagene Anmeldungen der letzten 15 Minuten</caption>
                <thead>
                  <tr>
                    <th scope="col">Konto (E-Mail)</th>
                    <th scope="col">Adresse</th>
                    <th scope="col" className="num">
                      Fehlversuche
                    </th>
                    <th scope="col">Letzter Versuch</th>
                    <th scope="col">Wartezeit</th>
                    <th scope="col">Aktion</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((l) => (
                    <tr key={`${l.email}-${l.ip}`}>
                      <th scope="row">{l.email}</th>
                      <td>{l.ip}</td>
                      <td className="num">{l.failures}</td>
                      <td>{formatDateTime(l.lastFailureAt)}</td>
                      <td>{l.waitSeconds > 0 ? `noch ${l.waitSeconds} s` : "keine"}</td>
                      <td>
                        <button
                          type="button"
                          className="button button--secondary"
                          disabled={mutation.isPending}
                          onClick={() => mutation.mutate({ email: l.email, ip: l.ip })}
                        >
                          Aufheben<span className="visually-hidden"> für {l.email} von {l.ip}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )
        }
      </QueryState>
    </>
  );
}
