import { MethodLink } from "./method-link";

/** The plain statement that figures without a source are invented for the demonstration. */
export function ExampleDataNote() {
  return (
    <aside className="notice notice--info" aria-label="Hinweis zu Beispieldaten">
      <p>
        <strong>Werte ohne Quellenangabe sind Beispieldaten.</strong> Sie zeigen, wie der Strategiemonitor
        funktioniert, und sind keine amtlichen Zahlen der Stadt.{" "}
        <MethodLink section="beispieldaten">Mehr zu Beispieldaten und Quellen</MethodLink>
      </p>
    </aside>
  );
}
