import type { ReactNode } from "react";

/**
 * Lets a wide table scroll inside itself on a phone instead of the whole page. Focusable and named,
 * so keyboard users can scroll it and screen readers announce what it is.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
