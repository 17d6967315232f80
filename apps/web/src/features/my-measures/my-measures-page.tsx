import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { formatDate, formatPercent, type MyMeasure } from "@sm/domain";
import { myMeasuresQuery } from "../../api/queries";
import { Icon } from "../../components/icons";
import { MethodLink } from "../../components/method-link";
import { QueryState } from "../../components/query-state";
import { SignalBadge } from "../../components/signal-badge";
import { StatusBadge } from "../../components/status-badge";
import { TableRegion } from "../../components/table-region";
import { useDocumentTitle } from "../../components/use-document-title";
import { RequireSession } from "../session/require-session";
import { dueCount, sortForWork } from "./my-measures";

export function MyMeasuresPage() {
  return (
    <RequireSession title="Meine Maßnahmen" roles={["lead", "admin"]}>
      {() => <MyMeasures />}
    </RequireSession>
  );
}

const ROLE_TEXT = { lead: "Leitung", deputy: "Vertretung" } as const;

function MyMeasures() {
  useDocumentTitle("Meine Maßnahmen");
  const query = useQuery(myMeasuresQuery());
  return (
    <>
      <h1>Meine Maßnahmen</h1>
      <QueryState query={query}>
        {({ items, updateIntervalDays }) => {
          const due = dueCount(items);
          return (
            <>
              <p className="lead">
                Maßnahmen, die Sie leiten oder vertreten. Bitte melden Sie den Stand mindestens alle {updateIntervalDays} Tage.{" "}
                <MethodLink section="signal">Wie werden Fortschritt und Zeitplan berechnet?</MethodLink>
              </p>
              {items.length === 0 ? (
                <p>Ihnen sind derzeit keine Maßnahmen zugeordnet. Die Administration ordnet Maßnahmen zu.</p>
              ) : (
                <>
                  <p className={due > 0 ? "notice notice--warning" : "notice notice--info"}>
                    {due > 0 ? <Icon name="alert" /> : <Icon name="check" />}{" "}
                    {due === 0
                      ? "Alle Ihre Maßnahmen sind aktuell."
                      : due === 1
                        ? "Bei 1 Maßnahme ist eine Aktualisierung fällig."
                        : `Bei ${due} Maßnahmen ist eine Aktualisierung fällig.`}
                  </p>
                  <MyMeasuresTable items={sortForWork(items)} />
                </>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function MyMeasuresTable({ items }: { items: MyMeasure[] }) {
  return (
    <TableRegion label="Meine Maßnahmen">
      <table className="data-table">
        <caption>Meine Maßnahmen, fällige zuerst</caption>
        <thead>
          <tr>
            <th scope="col">Kürzel</th>
            <th scope="col">Maßnahme</th>
            <th scope="col">Meine Rolle</th>
            <th scope="col">Status</th>
            <th scope="col">Fortschritt</th>
            <th scope="col">Zeitplan</th>
            <th scope="col">Letzte Meldung</th>
            <th scope="col">Aktion</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.code}>
              <td className="nowrap">{m.code}</td>
              <th scope="row" className="title-cell">
                <Link to={`/massnahmen/${m.code}`}>{m.title}</Link>
              </th>
              <td>{ROLE_TEXT[m.role]}</td>
              <td>
                <StatusBadge status={m.status} />
              </td>
              <td className="nowrap">{formatPercent(m.progress)}</td>
              <td>
                <SignalBadge signal={m.signal} />
              </td>
              <td>
                <span className="nowrap">{formatDate(m.lastUpdate)}</span>
                {m.daysSinceUpdate !== null ? (
                  <span className="muted small block">vor {m.daysSinceUpdate} Tagen</span>
                ) : (
                  <span className="muted small block">noch keine Meldung</span>
                )}
                {m.updateDue ? (
                  <span className="due">
                    <Icon name="alert" /> Aktualisierung fällig
                  </span>
                ) : null}
              </td>
              <td>
                <Link to={`/massnahmen/${m.code}/aktualisieren`} className="nowrap">
                  Aktualisieren<span className="visually-hidden"> ({m.code})</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
