import { useEffect, type ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { useLocation } from "react-router";
import {
  formatDate,
  formatPercent,
  kpiAttainment,
  onTrackSignal,
  plannedProgress,
  type StrategyResponse,
} from "@sm/domain/web";
import { strategyQuery } from "../../api/queries";
import { useAsOf } from "../../components/as-of";
import { AsOfLink } from "../../components/as-of-link";
import { focusHashTarget } from "../../components/hash-target";
import type { MethodSection } from "../../components/method-link";
import { progressText } from "../../components/progress-text";
import { QueryState } from "../../components/query-state";
import { SignalBadge } from "../../components/signal-badge";
import { UpdateDueBadge } from "../../components/update-due-badge";
import { useDocumentTitle } from "../../components/use-document-title";
import { signalRules } from "./signal-rules";

const TITLE = "So wird gerechnet";

const SECTIONS: Array<{ id: MethodSection; title: string }> = [
  { id: "plan", title: "Geplanter und tatsächlicher Fortschritt einer Maßnahme" },
  { id: "fortschritt", title: "Fortschritt der Handlungsfelder und der Strategie" },
  { id: "signal", title: "Zeitplan-Signal" },
  { id: "aktualisierung", title: "Aktualisierung fällig" },
  { id: "kpi", title: "Kennzahlen: Zielerreichung und Projektion" },
  { id: "beispieldaten", title: "Beispieldaten und Quellen" },
  { id: "stand", title: "Frühere Stände" },
];

/**
 * How every figure on the dashboard comes about, in plain German. The thresholds and the update
 * interval come from the strategy itself, and the worked examples are computed with the same
 * functions the server uses, so the page cannot drift from what the figures actually do.
 */
export function MethodologyPage() {
  const strategy = useQuery(strategyQuery(useAsOf()));
  const { hash } = useLocation();
  const loaded = strategy.data !== undefined;
  // The sections exist once the strategy is there; then go to the one the link named.
  useEffect(() => {
    if (loaded) focusHashTarget(hash);
  }, [loaded, hash]);
  return (
    <QueryState query={strategy} pageTitle={TITLE}>
      {(data) => <Methodology strategy={data} />}
    </QueryState>
  );
}

function Section({ id, children }: { id: MethodSection; children: ReactNode }) {
  const title = SECTIONS.find((s) => s.id === id)!.title;
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="method-section">
      <h2 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Methodology({ strategy }: { strategy: StrategyResponse }) {
  useDocumentTitle(TITLE);
  const thresholds = strategy.signalThresholds;
  const interval = strategy.updateIntervalDays;
  // Worked examples, computed rather than written down.
  const examplePlan = { start: "2024-01-01", end: "2025-12-31" };
  const exampleDay = "2025-01-01";
  const examplePlanned = plannedProgress(examplePlan, exampleDay);
  const exampleSignal = onTrackSignal({ status: "in_progress", actual: 45, planned: 60 }, thresholds);
  const exampleAttainment = kpiAttainment({ direction: "higher", baseline: 40, target: 80, latest: 55 });

  return (
    <div className="prose methodology">
      <h1>{TITLE}</h1>
      <p className="lead">
        Woher die Prozentwerte, Balken, Signale und Trends im Strategiemonitor kommen: die Regeln, nach denen gerechnet wird.
        Zahlen in dieser Erklärung, etwa die Schwellen des Zeitplan-Signals, stammen aus den Einstellungen dieser Strategie.
      </p>
      <nav aria-labelledby="method-contents" className="method-contents">
        <h2 id="method-contents">Inhalt</h2>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="plan">
        <p>
          Jede Maßnahme hat einen geplanten Beginn und ein geplantes Ende. Ihr <strong>geplanter Fortschritt (Soll)</strong> – in
          Tabellen und Diagrammen „Plan“ – wächst gleichmäßig mit den Kalendertagen: am geplanten Beginn 0 %, am geplanten Ende 100 %. Vor dem Beginn bleibt das Soll bei
          0 %, nach dem Ende bei 100 %. Beispiel: Bei einer Laufzeit vom {formatDate(examplePlan.start)} bis{" "}
          {formatDate(examplePlan.end)} liegt das Soll am {formatDate(exampleDay)} bei {formatPercent(examplePlanned)}.
        </p>
        <p>
          Der <strong>tatsächliche Fortschritt (Ist)</strong> ist der Prozentwert, den die Projektleitung zuletzt gemeldet hat –
          maßgeblich ist die letzte Meldung bis zum angezeigten Datum. Eine Maßnahme ohne Meldung gilt als „geplant“ mit 0 %; eine
          umgesetzte Maßnahme steht immer bei 100 %.
        </p>
        <p>
          Pläne können sich ändern. Jede Änderung des geplanten Beginns, des geplanten Endes oder eines Meilensteins wird als
          neue Fassung des Plans mit Datum und öffentlicher Begründung festgehalten. Das Soll rechnet immer mit dem Plan, der am
          angezeigten Datum galt; eine spätere Änderung verändert frühere Stände nicht. Der vom Rat beschlossene{" "}
          <strong>ursprüngliche Plan</strong> bleibt sichtbar: Auf der Seite jeder Maßnahme steht er neben dem aktuellen Plan.
        </p>
        <p>
          Im Verlaufsdiagramm auf der Übersicht und bei jedem Handlungsfeld zeigt die durchgezogene Linie das Ist und die
          gestrichelte Linie „Plan“ für jeden Monat das Soll nach dem Plan, wie er am angezeigten Datum gilt. Sobald ein Termin
          verschoben wurde, heißt sie „Plan (aktuell)“, und eine gepunktete Linie „Plan (ursprünglich beschlossen)“ zeigt, wo die
          Maßnahmen nach dem ursprünglichen Plan stünden; der Abstand zwischen beiden Linien zeigt, wie weit die Pläne seit dem
          Beschluss verschoben wurden. In der Zeitleiste eines Handlungsfelds ist der ursprüngliche Plan gestrichelt umrandet.
        </p>
      </Section>

      <Section id="fortschritt">
        <p>
          Der Fortschritt eines <strong>Handlungsfelds</strong> ist der Durchschnitt des Ist-Fortschritts seiner Maßnahmen; sein
          Soll ist der Durchschnitt des Solls derselben Maßnahmen. Jede Maßnahme zählt gleich viel, unabhängig von ihrem Umfang
          oder ihrer Laufzeit. <strong>Eingestellte Maßnahmen werden nicht mitgezählt</strong>, weder beim Ist noch beim Soll.
        </p>
        <p>
          Der <strong>Gesamtfortschritt der Strategie</strong> ist auf dieselbe Weise der Durchschnitt über alle Maßnahmen aller
          Handlungsfelder – nicht der Durchschnitt der Handlungsfelder. Ein Handlungsfeld mit vielen Maßnahmen wiegt darin also
          mehr als eines mit wenigen.
        </p>
        <p>
          Gezählt werden die Maßnahmen, die Sie sehen: in der öffentlichen Ansicht die öffentlichen Maßnahmen; angemeldete
          Ratsmitglieder sehen Werte einschließlich der internen Maßnahmen. Archivierte Maßnahmen zählen nicht.
        </p>
        <p>
          Im Fortschrittsbalken zeigt die Füllung das Ist und der senkrechte Strich das Soll. Darunter stehen beide als Text, zum
          Beispiel „{progressText(41, 55)}“.
        </p>
      </Section>

      <Section id="signal">
        <p>
          Das Zeitplan-Signal vergleicht Ist und Soll am angezeigten Datum. Maßgeblich ist der Abstand: Ist minus Soll, in
          Prozentpunkten. Die Grenzen legt die Strategie fest; für diese Strategie gelten:
        </p>
        <div className="table-region">
          <table className="data-table">
            <caption>Zeitplan-Signal nach dem Abstand zwischen Ist und Soll</caption>
            <thead>
              <tr>
                <th scope="col">Signal</th>
                <th scope="col">Das Ist liegt …</th>
              </tr>
            </thead>
            <tbody>
              {signalRules(thresholds).map((rule) => (
                <tr key={rule.signal}>
                  <th scope="row">
                    <SignalBadge signal={rule.signal} />
                  </th>
                  <td>{rule.condition}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          Beispiel: Soll 60 %, Ist 45 %, also 15 Prozentpunkte hinter dem Plan. Mit diesen Grenzen ergibt das{" "}
          <SignalBadge signal={exampleSignal} />.
        </p>
        <p>Dazu gelten diese Regeln:</p>
        <ul>
          <li>
            Eine Maßnahme mit dem Status „verzögert“ wird nie besser angezeigt als <SignalBadge signal="behind" />, auch wenn ihre
            Zahlen besser aussehen.
          </li>
          <li>
            Eine umgesetzte Maßnahme zeigt <SignalBadge signal="done" />, eine eingestellte <SignalBadge signal="cancelled" />.
          </li>
          <li>
            Solange das Soll bei 0 % steht (der geplante Beginn ist noch nicht erreicht) und kein Fortschritt gemeldet ist, zeigt
            eine Maßnahme <SignalBadge signal="not_started" />.
          </li>
          <li>Eine pausierte Maßnahme wird nach ihren Zahlen eingeordnet: Während der Pause läuft das Soll weiter.</li>
          <li>
            Für Handlungsfelder und die ganze Strategie gilt dieselbe Regel mit den Durchschnittswerten. Sind alle Maßnahmen
            umgesetzt, zeigt das Feld <SignalBadge signal="done" />; zählt keine Maßnahme, <SignalBadge signal="not_started" />.
          </li>
        </ul>
        <p>Das Signal steht immer als Symbol und Text, nie nur als Farbe.</p>
      </Section>

      <Section id="aktualisierung">
        <p>
          Die Projektleitungen melden den Stand ihrer Maßnahmen mindestens alle {interval} Tage. Sind seit der letzten Meldung
          mehr als {interval} Tage vergangen, steht bei der Maßnahme <UpdateDueBadge />. Bei einer Maßnahme ohne jede Meldung
          zählen die Tage ab ihrem geplanten Beginn. Umgesetzte und eingestellte Maßnahmen brauchen keine Meldung mehr. Gezählt
          wird bis zum angezeigten Datum.
        </p>
        <p>
          <AsOfLink to="/massnahmen?faellig=ja">Maßnahmen mit fälliger Aktualisierung anzeigen</AsOfLink>
        </p>
      </Section>

      <Section id="kpi">
        <p>
          Die <strong>Zielerreichung</strong> einer Kennzahl sagt, welcher Anteil des Wegs vom Ausgangswert zum Zielwert mit dem
          letzten gemeldeten Wert geschafft ist: (letzter Wert − Ausgangswert) geteilt durch (Zielwert − Ausgangswert). Dabei zählt
          die Richtung der Kennzahl („höher ist besser“ oder „niedriger ist besser“): Hat sich der Wert vom Ziel entfernt, sind es
          0 %; ist das Ziel erreicht oder übertroffen, 100 %. Beispiel: Ausgangswert 40, Ziel 80, letzter Wert 55 ergibt{" "}
          {formatPercent(exampleAttainment === null ? null : exampleAttainment * 100)}.
        </p>
        <p>
          Die <strong>Projektion</strong> legt durch alle bis zum angezeigten Datum gemeldeten Werte eine Trendgerade (Methode der
          kleinsten Quadrate) und verlängert sie bis zum Zieldatum. Liegt die Gerade dort auf oder jenseits des Zielwerts, heißt
          es „Ziel voraussichtlich erreicht“, sonst „Ziel voraussichtlich verfehlt“. Dazu steht, an welchem Tag der Trend das Ziel
          erreicht oder dass er sich vom Ziel weg bewegt. Für eine Projektion braucht es mindestens zwei Werte an verschiedenen
          Tagen. Eine Projektion ist keine Prognose: Sie schreibt nur den bisherigen Trend fort.
        </p>
      </Section>

      <Section id="beispieldaten">
        <p>
          Werte mit Quelle sind mit ihrer Quelle verlinkt. <strong>Werte ohne Quellenangabe sind erfundene Beispieldaten:</strong>{" "}
          Sie zeigen, wie der Strategiemonitor funktioniert, und sind keine amtlichen Zahlen der Stadt. Sie sind überall mit{" "}
          <span className="tag tag--example">Beispieldaten</span> gekennzeichnet.
        </p>
      </Section>

      <Section id="stand">
        <p>
          Jede Seite kann einen früheren Stand zeigen: Wählen Sie auf der <AsOfLink to="/">Übersicht</AsOfLink> einen Monat oder ein
          Datum, oder hängen Sie <code>?stand=JJJJ-MM-TT</code> an die Adresse einer Seite an. Dann zeigt der Strategiemonitor
          alles so, wie es an diesem Tag erfasst war: Status und Fortschritt aus der letzten Meldung bis zu diesem Tag, die bis dahin
          erreichten Meilensteine, die bis dahin bekannten Werte der Kennzahlen, den damals geltenden Plan und die damals fälligen
          Aktualisierungen. Spätere Meldungen verändern einen früheren Stand nicht. Ein Hinweis oben auf der Seite sagt, dass ein
          früherer Stand zu sehen ist.
        </p>
      </Section>
    </div>
  );
}
