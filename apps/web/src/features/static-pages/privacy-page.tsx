import { Placeholder, StaticPage } from "./static-page";

export function PrivacyPage() {
  return (
    <StaticPage title="Datenschutz">
      <p className="notice notice--info">
        Diese Seite ist eine Vorlage. Die Stadt, die den Strategiemonitor betreibt, ergänzt die Angaben in eckigen Klammern.
      </p>
      <h2>Kurz gesagt</h2>
      <ul>
        <li>Diese Seite setzt keine Cookies.</li>
        <li>Es gibt kein Tracking, keine Reichweitenmessung und keine eingebundenen Inhalte von Dritten.</li>
        <li>Alle Schriften, Skripte und Daten kommen vom Server der Stadt.</li>
      </ul>
      <h2>Verantwortliche Stelle</h2>
      <p>
        Stadt Essen, <Placeholder>Anschrift</Placeholder>. Datenschutzbeauftragte*r: <Placeholder>Kontakt</Placeholder>.
      </p>
      <h2>Server-Protokolle</h2>
      <p>
        Beim Aufruf der Seite verarbeitet der Webserver technisch notwendige Angaben (IP-Adresse, Zeitpunkt, aufgerufene
        Adresse), um das Angebot auszuliefern und abzusichern (Art. 6 Abs. 1 lit. e DSGVO).{" "}
        <Placeholder>Speicherdauer der Protokolle</Placeholder>
      </p>
      <h2>Ihre Rechte</h2>
      <p>
        Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie das Recht auf
        Beschwerde bei der Aufsichtsbehörde, in Nordrhein-Westfalen der Landesbeauftragten für Datenschutz und
        Informationsfreiheit (LDI NRW).
      </p>
    </StaticPage>
  );
}
