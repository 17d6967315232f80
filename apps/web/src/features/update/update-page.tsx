import { useCallback, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import type { MeasureView } from "@sm/domain/web";
import { measureQuery, strategyQuery } from "../../api/queries";
import { QueryState } from "../../components/query-state";
import { useDocumentTitle } from "../../components/use-document-title";
import { RequireSession } from "../session/require-session";
import { KpiValueForm } from "./kpi-value-form";
import { withMember } from "./set-member";
import { UpdateFormView } from "./update-form-view";

/** /massnahmen/:code/aktualisieren: the lead's (or deputy's) report on a measure, and KPI values. */
export function UpdatePage() {
  const { code = "" } = useParams();
  return <RequireSession title="Maßnahme aktualisieren">{() => <UpdateLoader code={code} />}</RequireSession>;
}

function UpdateLoader({ code }: { code: string }) {
  const measure = useQuery(measureQuery(code));
  return (
    <QueryState query={measure} pageTitle="Maßnahme aktualisieren">
      {(data) => (data.internal?.canUpdate ? <UpdateScreen key={code} measure={data} /> : <NotAllowed measure={data} />)}
    </QueryState>
  );
}

function Breadcrumb({ measure }: { measure: MeasureView }) {
  return (
    <nav aria-label="Brotkrumenpfad" className="breadcrumb">
      <ol>
        <li>
          <Link to="/meine-massnahmen">Meine Maßnahmen</Link>
        </li>
        <li>
          <Link to={`/massnahmen/${measure.code}`}>Maßnahme {measure.code}</Link>
        </li>
        <li aria-current="page">Aktualisieren</li>
      </ol>
    </nav>
  );
}

function UpdateScreen({ measure }: { measure: MeasureView }) {
  useDocumentTitle(`${measure.code} aktualisieren`);
  const strategy = useQuery(strategyQuery());
  const today = strategy.data?.asOf ?? new Date().toISOString().slice(0, 10);
  // Which KPI forms hold a typed value: the update form's button does not save them and says so.
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(new Set());
  const markKpi = useCallback((id: string, dirty: boolean) => setUnsaved((ids) => withMember(ids, id, dirty)), []);
  const [reminder, setReminder] = useState<{ n: number; ids: string[]; focus: boolean } | null>(null);
  const unsavedKpis = measure.kpis.filter((k) => unsaved.has(k.id));
  const remind = (focus: boolean) => setReminder((r) => ({ n: (r?.n ?? 0) + 1, ids: unsavedKpis.map((k) => k.id), focus }));
  return (
    <article className="update-page">
      <Breadcrumb measure={measure} />
      <p className="eyebrow">Maßnahme {measure.code}</p>
      <h1>{measure.title} aktualisieren</h1>
      <p className="lead">
        Melden Sie den aktuellen Stand. Gespeichert wird nur, was Sie ändern. Der Kommentar erscheint öffentlich im Verlauf
        der Maßnahme; Notiz und Risiko sehen nur Rat, Projektleitung und Administration.
      </p>
      <UpdateFormView measure={measure} unsavedKpis={unsavedKpis} onKpisLeftUnsaved={remind} />
      <section aria-labelledby="kpi-values-title" className="kpi-values">
        <h2 id="kpi-values-title">Kennzahlen erfassen</h2>
        {measure.kpis.length === 0 ? (
          <p>Mit dieser Maßnahme sind keine Kennzahlen verknüpft.</p>
        ) : (
          <>
            <p>
              Kennzahlwerte werden nicht mit der Aktualisierung oben gespeichert: Jede Kennzahl hat ihr eigenes Formular, und
              jeder Wert wird einzeln mit „Wert speichern“ gespeichert. Werte ohne Quelle müssen als Beispieldaten markiert
              werden.
            </p>
            {measure.kpis.map((kpi) => (
              <KpiValueForm
                key={kpi.id}
                kpi={kpi}
                measureCode={measure.code}
                today={today}
                onDirtyChange={markKpi}
                reminder={reminder?.ids.includes(kpi.id) ? { n: reminder.n, focus: reminder.focus && reminder.ids[0] === kpi.id } : null}
              />
            ))}
          </>
        )}
      </section>
    </article>
  );
}

function NotAllowed({ measure }: { measure: MeasureView }) {
  useDocumentTitle("Kein Zugriff");
  return (
    <div className="prose">
      <Breadcrumb measure={measure} />
      <h1>Kein Zugriff</h1>
      <div className="notice notice--error">
        <p>
          Die Maßnahme {measure.code} „{measure.title}“ können nur ihre Projektleitung, deren Vertretung und die
          Administration aktualisieren.
        </p>
        <p>
          <Link to={`/massnahmen/${measure.code}`}>Zur Maßnahme</Link>
        </p>
      </div>
    </div>
  );
}
