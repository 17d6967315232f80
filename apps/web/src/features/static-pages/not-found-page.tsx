import { Link } from "react-router";
import { useDocumentTitle } from "../../components/use-document-title";

export function NotFoundPage() {
  useDocumentTitle("Seite nicht gefunden");
  return (
    <div className="prose">
      <h1>Seite nicht gefunden</h1>
      <p>Unter dieser Adresse gibt es keine Seite. Vielleicht hat sich die Adresse geändert oder sie wurde falsch eingegeben.</p>
      <ul>
        <li>
          <Link to="/">Zur Übersicht</Link>
        </li>
        <li>
          <Link to="/massnahmen">Alle Maßnahmen</Link>
        </li>
        <li>
          <Link to="/kennzahlen">Alle Kennzahlen</Link>
        </li>
      </ul>
    </div>
  );
}
