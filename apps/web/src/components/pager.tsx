import { Link, useSearchParams } from "react-router";
import { pageRange, pageRangeText, withPageParam } from "./page-range";

interface Props {
  /** the navigation's name, distinct per list on a page: "Seiten der Maßnahmen" */
  label: string;
  /** what the list holds, for "Maßnahmen 1–50 von 2.013" */
  noun: string;
  /** the search parameter that holds this list's page */
  param: string;
  page: number;
  pageSize: number;
  total: number;
}

/**
 * A page of a long list: which items it shows and of how many, with links to the first, previous,
 * next and last page. Plain links, so every page has its own address; a list on one page shows none.
 */
export function Pager({ label, noun, param, page, pageSize, total }: Props) {
  const [params] = useSearchParams();
  const { pageCount } = pageRange(page, pageSize, total);
  if (pageCount <= 1 && page <= 1) return null;
  const to = (target: number) => withPageParam(params, param, target);
  const step = (target: number, text: string, name: string, rel?: string) =>
    target >= 1 && target <= pageCount && target !== page ? (
      <Link to={to(target)} rel={rel} aria-label={name} preventScrollReset>
        {text}
      </Link>
    ) : (
      <span className="muted" aria-hidden="true">
        {text}
      </span>
    );
  return (
    <nav aria-label={label} className="pagination pager">
      <p className="pager__range" aria-live="polite">
        {pageRangeText(noun, page, pageSize, total)} · Seite {page} von {pageCount}
      </p>
      <ul>
        <li>{step(1, "« Erste", `Erste Seite: ${noun}`)}</li>
        <li>{step(page - 1, "‹ Vorherige", `Vorherige Seite: ${noun}`, "prev")}</li>
        <li>{step(page + 1, "Nächste ›", `Nächste Seite: ${noun}`, "next")}</li>
        <li>{step(pageCount, "Letzte »", `Letzte Seite: ${noun}`)}</li>
      </ul>
    </nav>
  );
}
