import { shortReason } from "./reason-text";

/**
 * "Grund: …" under the status badge of a delayed, paused or cancelled measure in a table. A long
 * reason is shortened on screen; screen readers get the full text, the pointer gets it as tooltip,
 * and the measure's page shows it in full at the top.
 */
export function StatusReason({ reason }: { reason: string }) {
  if (!reason) return null;
  const { text, cut } = shortReason(reason);
  return (
    <span className="status-reason">
      <span className="status-reason__label">Grund:</span>{" "}
      {cut ? (
        <>
          <span aria-hidden="true" title={reason}>
            {text}
          </span>
          <span className="visually-hidden">{reason}</span>
        </>
      ) : (
        reason
      )}
    </span>
  );
}
