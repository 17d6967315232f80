import { useEffect } from "react";

export const SITE_NAME = "Strategiemonitor Essen";

/** Sets the browser tab's title to "<Seite> – Strategiemonitor Essen"; undefined leaves it alone. */
export function useDocumentTitle(page: string | undefined): void {
  useEffect(() => {
    if (page) document.title = `${page} – ${SITE_NAME}`;
  }, [page]);
}
