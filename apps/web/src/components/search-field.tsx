import { useEffect, useRef, useState } from "react";
import { searchNeedle } from "@sm/domain/web";

const SEARCH_DELAY_MS = 300;

/**
 * The text in a search box and when it counts: after a short pause in typing, or at once through
 * `commit` (on Enter), so a list does not reload on every key. A new value from outside (back
 * button, reset, a shared link) replaces what is in the box.
 */
export function useSearchDraft(committed: string, onCommit: (value: string) => void) {
  const [draft, setDraft] = useState(committed);
  const sent = useRef(committed);

  useEffect(() => {
    if (committed !== sent.current) {
      sent.current = committed;
      setDraft(committed);
    }
  }, [committed]);

  useEffect(() => {
    if (draft.trim() === sent.current) return;
    const timer = window.setTimeout(() => {
      sent.current = draft.trim();
      onCommit(draft);
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, onCommit]);

  const commit = () => {
    sent.current = draft.trim();
    onCommit(draft);
  };
  return { draft, setDraft, commit };
}

interface Props {
  id: string;
  /** the URL parameter the box writes */
  name: string;
  /** where the search looks, shown under the box */
  hint: string;
  draft: string;
  onDraft: (value: string) => void;
}

/** Label, search box and button; the surrounding form submits. */
export function SearchField({ id, name, hint, draft, onDraft }: Props) {
  // Text without a letter or digit has nothing to search for; the list then ignores it, and says so.
  const unsearchable = draft.trim() !== "" && searchNeedle(draft) === null;
  return (
    <div className="form-field filters__search">
      <label htmlFor={id}>Suche</label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          name={name}
          value={draft}
          maxLength={100}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onDraft(event.target.value)}
        />
        <button type="submit" className="button">
          Suchen
        </button>
      </div>
      <p id={`${id}-hint`} className="hint" aria-live="polite">
        {unsearchable ? "Bitte mindestens einen Buchstaben oder eine Ziffer eingeben; so wird nicht gesucht." : hint}
      </p>
    </div>
  );
}

/** What search boxes say about how they compare, the same on every list. */
export const SEARCH_SPELLING_HINT = "Groß- und Kleinschreibung, Bindestriche und Leerzeichen zählen nicht, „ae“ findet auch „ä“.";
