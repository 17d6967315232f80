/**
 * Moves to the element a URL fragment names (e.g. #signal), as the browser would on a full page
 * load, which a client-side page change or content that arrives later does not do by itself:
 * scrolls it into view and puts focus on it (its heading, when it has one that takes focus), so
 * keyboard and screen-reader users start there too. False when the page has no such element (yet).
 */
export function focusHashTarget(hash: string): boolean {
  if (hash.length < 2) return false;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return false;
  }
  const target = document.getElementById(id);
  if (!target) return false;
  const focusable = target.matches("[tabindex]") ? target : target.querySelector<HTMLElement>(":scope > [tabindex='-1']");
  target.scrollIntoView();
  focusable?.focus({ preventScroll: true });
  return true;
}
