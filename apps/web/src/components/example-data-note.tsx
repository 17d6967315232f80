import { MethodLink } from "./method-link";

/** The plain statement that figures without a source are invented for the demonstration, and how each figure is marked. */
export function ExampleDataNote() {
  return (
    <aside className="notice notice--info" aria-label="Hinweis zu Beispieldaten">
      <p>
        <strong>Werte ohne Quellenangabe sind Beispieldaten.</strong> Sie zeigen, wie der Strategiemonitor
        funktioniert, und sind keine amtlichen Zahlen der Stadt. Jeder Wert trägt seine Kennzeichnung: „Beispieldaten“
        oder einen Link zur Quelle; Ziele und Zwischenziele heißen „Planwert“ (Vorgaben, keine Messwerte), und was aus
        Beispieldaten berechnet ist (Trend, Zielerreichung), heißt „aus Beispieldaten“.{" "}
        <MethodLink section="beispieldaten">Mehr zu Beispieldaten und Quellen</MethodLink>
      </p>
    </aside>
  );
}
