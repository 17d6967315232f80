import { useSearchParams } from "react-router";
import { isIsoDate } from "@sm/domain/web";

/** The search parameter that carries the date a page shows, e.g. /?stand=2025-03-31. */
export const STAND_PARAM = "stand";

/**
 * The date the current page shows: `?stand=YYYY-MM-DD`, or undefined for today. A malformed value
 * is passed on as is, so the API's 400 (with its German message) tells the reader what is wrong
 * instead of the page silently showing today.
 */
export function useAsOf(): string | undefined {
  const [params] = useSearchParams();
  const stand = params.get(STAND_PARAM);
  return stand ? stand : undefined;
}

/** Whether a `stand` value is a well-formed date (the API still checks the horizon). */
export function isStand(value: string | undefined): value is string {
  return value !== undefined && isIsoDate(value);
}

/**
 * `href` with the page date carried along, so following a link on a past state stays on that state.
 * Keeps the link's own query and hash.
 */
export function withStand(href: string, asOf: string | undefined): string {
  if (!asOf) return href;
  const hashAt = href.indexOf("#");
  const path = hashAt === -1 ? href : href.slice(0, hashAt);
  const hash = hashAt === -1 ? "" : href.slice(hashAt);
  const [pathname, search = ""] = path.split("?", 2);
  const params = new URLSearchParams(search);
  params.set(STAND_PARAM, asOf);
  return `${pathname}?${params.toString()}${hash}`;
}
