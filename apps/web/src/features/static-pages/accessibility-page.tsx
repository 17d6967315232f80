import { Placeholder, StaticPage } from "./static-page";

export function AccessibilityPage() {
  return (
    <StaticPage title="Erklärung zur Barrierefreiheit">
      <p>
        Die Stadt Essen ist bemüht, ihre Website im Einklang mit den Vorschriften über barrierefreie Informationstechnik
        barrierefrei zugänglich zu machen: dem Behindertengleichstellungsgesetz NRW, der Barrierefreie-Informationstechnik-Verordnung
        NRW und der BITV 2.0, die auf die europäische Norm EN 301 549 und die WCAG 2.1 (Stufe AA) verweisen.
      </p>
      <p>Diese Erklärung gilt für den Strategiemonitor der Digitalstrategie der Stadt Essen.</p>

      <h2>Stand der Vereinbarkeit mit den Anforderungen</h2>
      <p>
        Dieses Angebot ist nach unserer Einschätzung <strong>weitgehend</strong> barrierefrei. Die Erklärung beruht auf einer
        Selbstbewertung sowie automatischen Prüfungen (axe-core, WCAG 2.1 A und AA) bei jeder Änderung der Software.{" "}
        <Placeholder>Datum der Erstellung und letzten Überprüfung</Placeholder>
      </p>
      <p>
        Jedes Diagramm ist zusätzlich als Tabelle abrufbar („Als Tabelle anzeigen“). Status und Signale werden immer mit Text
        und Symbol angezeigt, nie nur über Farbe.
      </p>

      <h2>Nicht barrierefreie Inhalte</h2>
      <ul>
        <li>Die Diagramme selbst sind nicht mit der Tastatur erkundbar; ihre Werte stehen vollständig in den Tabellen.</li>
        <li>
          Verlinkte Dokumente Dritter (z. B. Quellen zu Kennzahlen) liegen außerhalb dieses Angebots und sind möglicherweise
          nicht barrierefrei.
        </li>
        <li>
          <Placeholder>weitere bekannte Einschränkungen</Placeholder>
        </li>
      </ul>

      <h2>Barrieren melden: Kontakt zur Feedback-Stelle</h2>
      <p>
        Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Dann schreiben Sie uns:
        <br />
        <Placeholder>Name der Stelle</Placeholder>, E-Mail: <Placeholder>E-Mail-Adresse</Placeholder>, Telefon:{" "}
        <Placeholder>Telefonnummer</Placeholder>
      </p>
      <p>Wir antworten in der Regel innerhalb von sechs Wochen.</p>

      <h2>Schlichtungsverfahren</h2>
      <p>
        Wenn auch nach Ihrem Feedback an die oben genannte Stelle keine zufriedenstellende Lösung gefunden wurde, können Sie
        sich an eine Schlichtungsstelle wenden. Für Angebote des Landes und der Kommunen in Nordrhein-Westfalen ist das die
        Ombudsstelle für barrierefreie Informationstechnik bei der Landesbeauftragten für Menschen mit Behinderung NRW. Für
        Angebote des Bundes ist es die Schlichtungsstelle nach § 16 des Behindertengleichstellungsgesetzes (BGG) beim
        Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen:{" "}
        <a href="https://www.schlichtungsstelle-bgg.de">www.schlichtungsstelle-bgg.de</a>.
      </p>
      <p>
        Das Verfahren ist kostenlos; Sie brauchen keinen Rechtsbeistand. <Placeholder>Zuständige Stelle bitte prüfen</Placeholder>
      </p>
    </StaticPage>
  );
}
