import { Suspense, useEffect, useRef } from "react";
import { useQuery } from "@tanstack/react-query";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { strategyQuery } from "../api/queries";
import { useSession } from "../api/session";
import { canUseMyMeasures, isAdmin } from "../features/session/session-paths";
import { AsOfLink, AsOfNavLink } from "./as-of-link";
import { focusHashTarget } from "./hash-target";
import { SessionBar } from "./session-bar";
import { UnsavedChangesProvider } from "./unsaved-changes-guard";

/**
 * The page itself, one element for every render of the layout: when the session answer arrives
 * (an update React cannot interrupt), only the header renders again, not the whole page below it.
 * The page still follows every navigation, through the router's context.
 */
const PAGE = (
  <Suspense
    fallback={
      <p role="status" className="loading">
        Wird geladen …
      </p>
    }
  >
    <Outlet />
  </Suspense>
);

/** Header with the main navigation, the page in <main>, and the footer with the legal links. */
export function Layout() {
  const mainRef = useMainFocusOnNavigation();
  const { user } = useSession();
  return (
    <UnsavedChangesProvider>
      <a className="skip-link" href="#main">
        Zum Inhalt springen
      </a>
      <header className="site-header">
        {/* Signed in: name and sign-out top right, the longer navigation below. Signed out: one row. */}
        <div className={`container site-header__inner${user ? " site-header__inner--signed-in" : ""}`}>
          <Link to="/" className="site-title">
            <span className="site-title__name">Strategiemonitor</span>
            <span className="site-title__sub">Digitalstrategie der Stadt Essen</span>
          </Link>
          {user ? <SessionBar /> : null}
          <nav aria-label="Hauptnavigation" className="main-nav">
            <ul>
              <li>
                <AsOfNavLink to="/" end>
                  Übersicht
                </AsOfNavLink>
              </li>
              <li>
                <AsOfNavLink to="/massnahmen">Maßnahmen</AsOfNavLink>
              </li>
              <li>
                <AsOfNavLink to="/kennzahlen">Kennzahlen</AsOfNavLink>
              </li>
              <li>
                <NavLink to="/aenderungen">Änderungen</NavLink>
              </li>
              <li>
                <NavLink to="/bericht">Bericht</NavLink>
              </li>
              {/* Leads and administrators have their work links here instead (one row at 1280 px);
                  for them the explanation stays in the footer and beside every figure. */}
              {!canUseMyMeasures(user?.role) && (
                <li>
                  <AsOfNavLink to="/so-wird-gerechnet">So wird gerechnet</AsOfNavLink>
                </li>
              )}
              {canUseMyMeasures(user?.role) && (
                <li>
                  <NavLink to="/meine-massnahmen">Meine Maßnahmen</NavLink>
                </li>
              )}
              {isAdmin(user?.role) && (
                <li>
                  <NavLink to="/verwaltung">Verwaltung</NavLink>
                </li>
              )}
            </ul>
          </nav>
          {user ? null : <SessionBar />}
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef} className="container">
        {PAGE}
      </main>
      <Footer />
    </UnsavedChangesProvider>
  );
}

function Footer() {
  // The footer names the data licence once the strategy is loaded; without it the links still work.
  const { data } = useQuery(strategyQuery());
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <nav aria-label="Rechtliches und Erläuterungen">
          <ul>
            <li>
              <AsOfLink to="/so-wird-gerechnet">So wird gerechnet</AsOfLink>
            </li>
            <li>
              <Link to="/impressum">Impressum</Link>
            </li>
            <li>
              <Link to="/datenschutz">Datenschutz</Link>
            </li>
            <li>
              <Link to="/barrierefreiheit">Barrierefreiheit</Link>
            </li>
          </ul>
        </nav>
        <p>
          {data ? (
            <>
              Daten: <a href={data.dataLicence.url}>{data.dataLicence.name}</a>.{" "}
            </>
          ) : null}
          Strategiemonitor ist freie Software (EUPL 1.2).
        </p>
      </div>
    </footer>
  );
}

/**
 * After a client-side page change, move focus to <main> so keyboard and screen-reader users start
 * at the new content, as they would after a full page load. Filter changes (same path) keep focus.
 */
function useMainFocusOnNavigation() {
  const { pathname, hash } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    // A link to a section (/so-wird-gerechnet#signal) lands there; a page whose content is still
    // loading moves there itself once it is shown.
    if (focusHashTarget(hash)) return;
    mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname, hash]);
  return mainRef;
}
