import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useBlocker, useLocation, type BlockerFunction } from "react-router";
import { LeaveDialog } from "./leave-dialog";
import { UnsavedChangesContext, type UnsavedChangesGuard } from "./use-unsaved-changes";

/**
 * One guard for the whole app: a router supports a single blocker, and a page may hold several
 * forms (the update form and one form per KPI). Each form marks itself dirty or clean; a link or
 * the back button that would leave the page while any is dirty opens the dialog first.
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const dirty = useRef(new Set<string>());
  const allowed = useRef(false);
  const [asking, setAsking] = useState<{ resolve: (leave: boolean) => void } | null>(null);
  const { pathname } = useLocation();

  // Reads refs, so a form that just saved and navigates in the same tick is judged by its new state.
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      !allowed.current && dirty.current.size > 0 && currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    allowed.current = false;
  }, [pathname]);

  const guard = useMemo<UnsavedChangesGuard>(
    () => ({
      mark: (id, isDirty) => {
        if (isDirty) dirty.current.add(id);
        else dirty.current.delete(id);
      },
      allowLeaving: () => {
        allowed.current = true;
      },
      confirmLeaving: () =>
        dirty.current.size === 0 ? Promise.resolve(true) : new Promise<boolean>((resolve) => setAsking({ resolve })),
    }),
    [],
  );

  const answer = (leave: boolean) => {
    if (asking) {
      asking.resolve(leave);
      setAsking(null);
    } else if (blocker.state === "blocked") {
      if (leave) blocker.proceed();
      else blocker.reset();
    }
  };

  return (
    <UnsavedChangesContext.Provider value={guard}>
      {children}
      {/* The router hands out a new blocker object for every blocked navigation. */}
      <LeaveDialog request={blocker.state === "blocked" ? blocker : asking} onLeave={() => answer(true)} onStay={() => answer(false)} />
    </UnsavedChangesContext.Provider>
  );
}
