import type { ReactNode } from "react";
import { useDocumentTitle } from "../../components/use-document-title";

/** A page of plain text: one heading, a placeholder note for the city, the content. */
export function StaticPage({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="prose">
      <h1>{title}</h1>
      {children}
    </div>
  );
}

/** Marks text the operating city still has to fill in. */
export function Placeholder({ children }: { children: ReactNode }) {
  return <span className="placeholder">[{children}]</span>;
}
