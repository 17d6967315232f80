import { useEffect, useRef } from "react";
import { TableRegion } from "./table-region";

export interface ConflictRow {
  field: string;
  mine: string;
  current: string;
  /** whether the person changed this field themselves */
  changedByMe: boolean;
}

interface Props {
  rows: ConflictRow[];
  /** who saved last, when known */
  author?: string | undefined;
  onReapply: () => void;
}

/**
 * A 409: what the person entered against what is saved now, and the way to carry the edits over.
 * Takes focus when it appears, so the person learns at once why nothing was saved.
 */
export function ConflictPanel({ rows, author, onReapply }: Props) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} tabIndex={-1} className="notice notice--warning conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title">Jemand anderes hat diese Maßnahme inzwischen geändert.</h2>
      <p>
        Ihre Änderungen sind noch nicht gespeichert.
        {author ? ` Zuletzt gespeichert hat ${author}.` : ""} Die Tabelle zeigt, wo Ihr Stand vom aktuellen abweicht.
      </p>
      {rows.length > 0 ? (
        <TableRegion label="Vergleich: Ihr Stand und aktueller Stand">
          <table className="data-table">
            <caption>Unterschiede</caption>
            <thead>
              <tr>
                <th scope="col">Feld</th>
                <th scope="col">Ihr Stand</th>
                <th scope="col">Aktueller Stand</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.field}>
                  <th scope="row">{row.field}</th>
                  <td>
                    {row.mine}
                    {row.changedByMe ? <span className="muted small block">von Ihnen geändert</span> : null}
                  </td>
                  <td>{row.current}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p>Die gespeicherten Felder stimmen mit Ihrem Stand überein; nur die Version hat sich geändert.</p>
      )}
      <p>
        „Meine Änderungen erneut anwenden“ übernimmt den aktuellen Stand und setzt Ihre Änderungen darauf. Felder, die Sie
        nicht geändert haben, zeigen danach den aktuellen Stand. Danach können Sie erneut speichern.
      </p>
      <p>
        <button type="button" className="button" onClick={onReapply}>
          Meine Änderungen erneut anwenden
        </button>
      </p>
    </section>
  );
}
