import { Fragment } from "react";
import { highlightParts } from "@sm/domain/web";

/**
 * The text with what the search found in <mark>, folded exactly as the search folds: "opendata"
 * marks "Open Data" and "Open-Data", "Buergeramt" marks "Bürgeramt". Without a query, plain text.
 */
export function Highlight({ text, query }: { text: string; query: string }) {
  if (!query) return <>{text}</>;
  return (
    <>
      {highlightParts(text, query).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}
