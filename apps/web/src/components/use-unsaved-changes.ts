import { createContext, useContext, useEffect, useId } from "react";

/** What the guard in the layout offers the forms of a page (unsaved-changes-guard.tsx). */
export interface UnsavedChangesGuard {
  /** a form says whether it holds edits that are not saved */
  mark(id: string, dirty: boolean): void;
  /** the next in-app navigation is the page's own (e.g. to a record just created) and is let through */
  allowLeaving(): void;
  /** asks before an action that discards the page's edits without navigating first (sign-out) */
  confirmLeaving(): Promise<boolean>;
}

export const UnsavedChangesContext = createContext<UnsavedChangesGuard | null>(null);

const noGuard: UnsavedChangesGuard = { mark: () => {}, allowLeaving: () => {}, confirmLeaving: () => Promise.resolve(true) };

/** The page's guard, for actions that leave the page on their own (sign-out). */
export const useUnsavedChangesGuard = (): UnsavedChangesGuard => useContext(UnsavedChangesContext) ?? noGuard;

/**
 * Leaving the page while `dirty` asks first: the browser's own question on reload, closing the tab
 * or typing another address, the guard's dialog on a link or the back button. `dirty` must compare
 * the form with what it was based on, so that after a save, or after undoing an edit, nobody is asked.
 */
export function useUnsavedChanges(dirty: boolean): { allowLeaving: () => void } {
  const guard = useUnsavedChangesGuard();
  const id = useId();
  useEffect(() => {
    guard.mark(id, dirty);
    return () => guard.mark(id, false);
  }, [guard, id, dirty]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the question only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
  return { allowLeaving: guard.allowLeaving };
}
