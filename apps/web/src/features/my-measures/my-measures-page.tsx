import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { formatDate, formatPercent, type MyMeasure } from "@sm/domain/web";
import { myMeasuresQuery } from "../../api/queries";
import { Icon } from "../../components/icons";
import { InternalBadge } from "../../components/internal-badge";
import { StatusCell } from "../../components/measure-cells";
import { MethodLink } from "../../components/method-link";
import { QueryState } from "../../components/query-state";
import { SignalBadge } from "../../components/signal-badge";
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

/**
 * Fits the page's 1100 px with the update link in view: it sits with the last report it renews, and
 * the role under the title. On a phone each row folds into a card.
 */
function MyMeasuresTable({ items }: { items: MyMeasure[] }) {
  return (
    <TableRegion label="Meine Maßnahmen">
      <table className="data-table data-table--cards my-measures-table">
        <caption>Meine Maßnahmen, fällige zuerst</caption>
        <thead>
          <tr>
            <th scope="col">Kürzel</th>
            <th scope="col">Maßnahme</th>
            <th scope="col">Status</th>
            <th scope="col">Fortschritt</th>
            <th scope="col">Zeitplan</th>
            <th scope="col">Letzte Meldung</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.code}>
              <td className="nowrap code-cell">{m.code}</td>
              <th scope="row" className="title-cell">
                <Link to={`/massnahmen/${m.code}`}>{m.title}</Link>
                <InternalBadge isPublic={m.isPublic} />
                <span className="muted small block">Ihre Rolle: {ROLE_TEXT[m.role]}</span>
              </th>
              <StatusCell measure={m} />
              <td className="nowrap" data-label="Fortschritt">
                {formatPercent(m.progress)}
              </td>
              <td data-label="Zeitplan">
                <SignalBadge signal={m.signal} />
              </td>
              <td className="update-cell" data-label="Letzte Meldung">
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
                <span className="update-action">
                  <Link to={`/massnahmen/${m.code}/aktualisieren`} className="button button--small">
                    Aktualisieren<span className="visually-hidden"> ({m.code})</span>
                  </Link>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
