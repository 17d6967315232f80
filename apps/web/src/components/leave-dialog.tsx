import { useEffect, useRef } from "react";

interface Props {
  /**
   * The question being asked, null when none is. Each question is a new object, so a second one
   * opens the dialog again even if React renders the answer to the first and the second together.
   */
  request: object | null;
  onLeave: () => void;
  onStay: () => void;
}

/**
 * The question before edits are discarded. A native modal <dialog>: the rest of the page is inert
 * while it is open, Escape means "stay", and focus goes back to where it was.
 */
export function LeaveDialog({ request, onLeave, onStay }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const stayRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) {
      returnTo.current = document.activeElement;
      dialog.showModal();
      // Staying is the safe answer, so Enter or Space right away keeps the edits.
      stayRef.current?.focus();
    } else if (!request && dialog.open) {
      dialog.close();
    }
  }, [request]);

  const stay = () => {
    ref.current?.close();
    if (returnTo.current instanceof HTMLElement && returnTo.current.isConnected) returnTo.current.focus();
    onStay();
  };
  const leave = () => {
    // Closed before the navigation, so the new page's focus handling is not undone by the dialog.
    ref.current?.close();
    onLeave();
  };

  return (
    <dialog
      ref={ref}
      role="alertdialog"
      className="leave-dialog"
      aria-labelledby="leave-dialog-title"
      aria-describedby="leave-dialog-text"
      onCancel={(event) => {
        event.preventDefault();
        stay();
      }}
    >
      <h2 id="leave-dialog-title">Ungespeicherte Änderungen verwerfen?</h2>
      <p id="leave-dialog-text">
        Auf dieser Seite stehen Eingaben, die noch nicht gespeichert sind. Wenn Sie die Seite verlassen, gehen sie verloren.
      </p>
      <p className="form-actions">
        <button ref={stayRef} type="button" className="button" onClick={stay}>
          Weiter bearbeiten
        </button>
        <button type="button" className="button button--secondary" onClick={leave}>
          Seite verlassen
        </button>
      </p>
    </dialog>
  );
}
