import { Placeholder, StaticPage } from "./static-page";

export function ImprintPage() {
  return (
    <StaticPage title="Impressum">
      <p className="notice notice--info">
        Diese Seite ist eine Vorlage. Die Stadt, die den Strategiemonitor betreibt, ersetzt die Angaben in eckigen Klammern.
      </p>
      <h2>Anbieterin</h2>
      <p>
        Stadt Essen
        <br />
        <Placeholder>Anschrift</Placeholder>
        <br />
        Die Stadt Essen ist eine Körperschaft des öffentlichen Rechts. Sie wird vertreten durch <Placeholder>Name</Placeholder>,
        Oberbürgermeister.
      </p>
      <h2>Kontakt</h2>
      <p>
        E-Mail: <Placeholder>E-Mail-Adresse</Placeholder>
        <br />
        Telefon: <Placeholder>Telefonnummer</Placeholder>
      </p>
      <h2>Verantwortlich für den Inhalt</h2>
      <p>
        <Placeholder>Dienststelle, Name, Anschrift</Placeholder>
      </p>
      <h2>Daten und Software</h2>
      <p>
        Die Daten dieses Angebots stehen unter der im Seitenfuß genannten offenen Lizenz. Werte ohne Quellenangabe sind
        Beispieldaten. Der Strategiemonitor ist freie Software unter der Lizenz EUPL 1.2.
      </p>
    </StaticPage>
  );
}
