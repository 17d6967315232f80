import { useEffect, useId, useRef } from "react";

export interface SummaryItem {
  /** id of the input the message is about; without one the message is shown as text */
  target?: string | undefined;
  message: string;
}

interface Props {
  items: SummaryItem[];
  /** changes on every failed attempt, so focus returns to the summary each time */
  attempt: number;
  title?: string;
}

/**
 * The list of problems at the top of a form (GOV.UK's error summary): it takes focus after a
 * failed attempt, and each entry links to its input.
 */
export function ErrorSummary({ items, attempt, title = "Bitte prüfen Sie Ihre Eingaben" }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
    // Only a new attempt moves focus, not every re-render while the person corrects the form.
  }, [attempt]);
  if (items.length === 0) return null;
  return (
    <div ref={ref} className="notice notice--error error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {title}
      </h2>
      <ul>
        {items.map((item, index) => (
          <li key={`${item.target ?? "general"}-${index}`}>
            {item.target ? (
              <a
                href={`#${item.target}`}
                onClick={(event) => {
                  // Move focus into the input itself, not only scroll to it.
                  const input = document.getElementById(item.target ?? "");
                  if (!input) return;
                  event.preventDefault();
                  input.focus();
                  input.scrollIntoView({ block: "center" });
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
