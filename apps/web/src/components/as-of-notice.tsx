import { Link, useLocation } from "react-router";
import { formatDate } from "@sm/domain/web";
import { isStand, STAND_PARAM, useAsOf } from "./as-of";
import { Icon } from "./icons";

/**
 * Says plainly that the page shows a past state, so nobody takes old figures for today's, with
 * the way back to today. Shown at the top of every page that honours `?stand=`.
 */
export function AsOfNotice() {
  const asOf = useAsOf();
  const { pathname, search, hash } = useLocation();
  if (!isStand(asOf)) return null;
  const params = new URLSearchParams(search);
  params.delete(STAND_PARAM);
  const query = params.toString();
  return (
    <aside className="notice notice--warning as-of-notice" aria-label="Angezeigter Stand">
      <p>
        <Icon name="clock" /> <strong>Historischer Stand vom {formatDate(asOf)}:</strong> Diese Seite zeigt Status, Fortschritt
        und Kennzahlen, wie sie am {formatDate(asOf)} erfasst waren.{" "}
        <Link to={`${pathname}${query ? `?${query}` : ""}${hash}`}>Zum heutigen Stand</Link>
      </p>
    </aside>
  );
}
