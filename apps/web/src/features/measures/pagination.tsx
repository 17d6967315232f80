import { Link } from "react-router";

interface Props {
  page: number;
  pageCount: number;
  /** the URL of another page of the same list */
  hrefFor: (page: number) => string;
}

/** Previous/next links; plain links, so every page of results has its own address. */
export function Pagination({ page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Seiten der Ergebnisliste" className="pagination">
      <ul>
        <li>
          {page > 1 ? (
            <Link to={hrefFor(page - 1)} rel="prev">
              ← Vorherige Seite
            </Link>
          ) : (
            <span className="muted">← Vorherige Seite</span>
          )}
        </li>
        <li aria-current="page">
          Seite {page} von {pageCount}
        </li>
        <li>
          {page < pageCount ? (
            <Link to={hrefFor(page + 1)} rel="next">
              Nächste Seite →
            </Link>
          ) : (
            <span className="muted">Nächste Seite →</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
