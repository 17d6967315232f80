import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { Icon } from "./icons";
import { NO_OVERFLOW, sameScrollState, scrollState, type ScrollState } from "./scroll-state";

/**
 * A table in a box as wide as the page. A table wider than that scrolls inside the box instead of
 * widening the page, and then says so: a visible hint above it, a shaded edge on each side that
 * hides more, and the box takes focus (named, described by the hint) so keyboard users can scroll
 * it with the arrow keys. A table that fits shows none of this and is no tab stop.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const state = useScrollState(ref);
  const classes = [
    "table-frame",
    state.overflows && "table-frame--scrolls",
    state.moreBefore && "table-frame--more-before",
    state.moreAfter && "table-frame--more-after",
  ];
  return (
    <div className={classes.filter(Boolean).join(" ")}>
      {state.overflows ? (
        <p className="table-frame__hint" id={hintId}>
          <Icon name="sideways" /> Tabelle seitlich scrollbar
        </p>
      ) : null}
      <div className="table-frame__viewport">
        <div
          ref={ref}
          className="table-region"
          role="region"
          aria-label={label}
          tabIndex={state.overflows ? 0 : undefined}
          aria-describedby={state.overflows ? hintId : undefined}
        >
          {children}
        </div>
      </div>
    </div>
  );
}

/** Follows the box's size, its table's size and its scroll position. */
function useScrollState(ref: RefObject<HTMLDivElement | null>): ScrollState {
  const [state, setState] = useState(NO_OVERFLOW);
  const update = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const next = scrollState(el);
    setState((previous) => (sameScrollState(previous, next) ? previous : next));
  }, [ref]);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // The box changes with the window; the table inside with its rows, or when a toggle shows it.
    const observer = new ResizeObserver(update);
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    el.addEventListener("scroll", update, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener("scroll", update);
    };
  }, [ref, update]);
  // A re-render may change the table without changing the box (sorting, new rows): measure again.
  useLayoutEffect(update);
  return state;
}
