import { useState, type FormEvent } from "react";
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { AUDIT_ACTIONS, type AuditEntry } from "@sm/domain";
import { adminUsersQuery, auditQuery } from "../../../api/queries";
import { formatDateTime } from "../../../components/format-date-time";
import { SelectField, TextField } from "../../../components/form-fields";
import { QueryState } from "../../../components/query-state";
import { TableRegion } from "../../../components/table-region";
import { useDocumentTitle } from "../../../components/use-document-title";
import { Pagination } from "../../measures/pagination";
import { actionLabel, AUDIT_ACTION_LABELS, AUDIT_FILTER_KEYS, AUDIT_PAGE_SIZE, auditSearch, detailLines, readAuditFilters, toAuditParams, type AuditFilters } from "./audit-filters";

/** The audit log with filters in the URL, newest first, 50 entries a page. */
export function AuditPage() {
  useDocumentTitle("Protokoll");
  const [params, setParams] = useSearchParams();
  const filters = readAuditFilters(params);
  const log = useQuery(auditQuery(toAuditParams(filters)));
  const pageCount = log.data ? Math.max(1, Math.ceil(log.data.total / AUDIT_PAGE_SIZE)) : 1;
  return (
    <>
      <h1>Protokoll</h1>
      <p className="lead">Jede Anmeldung und jede Änderung, mit Person und Zeitpunkt. Einträge lassen sich nicht ändern oder löschen.</p>
      <AuditFilterForm key={params.toString()} filters={filters} onApply={(values) => setParams(auditSearch(values))} onReset={() => setParams(new URLSearchParams())} />
      <p role="status" className="result-count">
        {log.data ? (log.data.total === 1 ? "1 Eintrag" : `${log.data.total.toLocaleString("de-DE")} Einträge`) : ""}
      </p>
      <QueryState query={log}>
        {({ items }) =>
          items.length === 0 ? (
            <p>Keine Einträge für diese Filter.</p>
          ) : (
            <>
              <AuditTable items={items} busy={log.isPlaceholderData && log.isFetching} />
              <Pagination page={filters.seite} pageCount={pageCount} hrefFor={(page) => `?${auditSearch(filters, page).toString()}`} />
            </>
          )
        }
      </QueryState>
    </>
  );
}

function AuditFilterForm({ filters, onApply, onReset }: { filters: AuditFilters; onApply: (f: Omit<AuditFilters, "seite">) => void; onReset: () => void }) {
  const users = useQuery(adminUsersQuery());
  const [draft, setDraft] = useState<Omit<AuditFilters, "seite">>(() => {
    const { seite: _page, ...values } = filters;
    return values;
  });
  const set = (key: keyof typeof draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const active = AUDIT_FILTER_KEYS.some((key) => filters[key]);
  return (
    <form className="filters card" role="search" aria-label="Protokoll filtern" onSubmit={submit}>
      <div className="filters__grid">
        <SelectField id="a-action" label="Aktion" value={draft.aktion} onChange={(e) => set("aktion", e.target.value)}>
          <option value="">Alle</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {AUDIT_ACTION_LABELS[a]}
            </option>
          ))}
        </SelectField>
        <SelectField id="a-person" label="Person" value={draft.person} onChange={(e) => set("person", e.target.value)}>
          <option value="">Alle</option>
          {(users.data?.items ?? []).map((u) => (
            <option key={u.id} value={String(u.id)}>
              {u.name}
            </option>
          ))}
          {draft.person && !users.data?.items.some((u) => String(u.id) === draft.person) ? <option value={draft.person}>Person {draft.person}</option> : null}
        </SelectField>
        <TextField id="a-entity" label="Objekt" value={draft.objekt} hint="z. B. measure:HF1-09" maxLength={80} onChange={(e) => set("objekt", e.target.value)} />
        <TextField id="a-from" label="Von" type="date" value={draft.von} onChange={(e) => set("von", e.target.value)} />
        <TextField id="a-to" label="Bis" type="date" value={draft.bis} onChange={(e) => set("bis", e.target.value)} />
      </div>
      <p className="form-actions">
        <button type="submit" className="button">
          Filtern
        </button>
        {active ? (
          <button type="button" className="link-button" onClick={onReset}>
            Alle Filter zurücksetzen
          </button>
        ) : null}
      </p>
    </form>
  );
}

function AuditTable({ items, busy }: { items: AuditEntry[]; busy: boolean }) {
  return (
    <TableRegion label="Protokolleinträge">
      <table className="data-table" aria-busy={busy}>
        <caption>Protokolleinträge, neueste zuerst</caption>
        <thead>
          <tr>
            <th scope="col">Zeitpunkt</th>
            <th scope="col">Person</th>
            <th scope="col">Aktion</th>
            <th scope="col">Objekt</th>
            <th scope="col">Einzelheiten</th>
            <th scope="col">IP-Adresse</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">
                <time dateTime={e.at}>{formatDateTime(e.at)}</time>
              </td>
              <td>{e.actor ? e.actor.name : <span className="muted">niemand angemeldet</span>}</td>
              <th scope="row">{actionLabel(e.action)}</th>
              <td className="break">{e.entity ?? "–"}</td>
              <td className="break small">
                {detailLines(e.details).map((line, i) => (
                  <span key={i} className="block">
                    {line}
                  </span>
                ))}
              </td>
              <td className="nowrap">{e.ip ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
