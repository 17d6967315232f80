import { useCallback, useEffect, useId, useRef, useState, type ReactNode, type RefObject } from "react";
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

/**
 * Follows the box's size, its table's size and its scroll position. Measured only when the browser
 * reports a change of size (a ResizeObserver runs after layout, before paint) or a scroll: measuring
 * after every render would force an extra layout of the whole table each time, which on a phone cost
 * more main-thread time than rendering the table.
 */
function useScrollState(ref: RefObject<HTMLDivElement | null>): ScrollState {
  const [state, setState] = useState(NO_OVERFLOW);
  const [observer, setObserver] = useState<ResizeObserver | null>(null);
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
    const resize = new ResizeObserver(update);
    resize.observe(el);
    setObserver(resize);
    el.addEventListener("scroll", update, { passive: true });
    return () => {
      resize.disconnect();
      el.removeEventListener("scroll", update);
    };
  }, [ref, update]);
  // A re-render may put another table into the box: watch whatever it holds now (observing an
  // element again is a no-op).
  useEffect(() => {
    for (const child of ref.current?.children ?? []) observer?.observe(child);
  });
  return state;
}
