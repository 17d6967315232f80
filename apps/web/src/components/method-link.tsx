import { PAGE_ROUTES } from "@sm/domain/web";
import { AsOfLink } from "./as-of-link";

/** The sections of "So wird gerechnet", by their anchors. */
export type MethodSection = "plan" | "fortschritt" | "signal" | "aktualisierung" | "kpi" | "beispieldaten" | "stand";

/** Where a section of the explanation lives, for links and tests. */
export const methodHref = (section: MethodSection) => `${PAGE_ROUTES.methodology.path}#${section}`;

/**
 * The one small link from a caption, legend or group of signals to the section of "So wird
 * gerechnet" that explains it. One per area rather than one per badge: in a table of forty
 * measures, forty identical links would only lengthen the tab order and the screen reader's
 * link list. Keeps the date being shown (`?stand=`).
 */
export function MethodLink({ section, children = "Wie wird das berechnet?" }: { section: MethodSection; children?: string }) {
  return (
    <AsOfLink to={methodHref(section)} className="method-link">
      {children}
    </AsOfLink>
  );
}
