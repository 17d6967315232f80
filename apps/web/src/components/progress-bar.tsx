import { formatPercent } from "@sm/domain/web";
import { progressText } from "./progress-text";

interface Props {
  /** actual progress 0–100, null when nothing counts yet */
  actual: number | null;
  /** planned progress 0–100 on the reference date */
  planned: number | null;
  /** accessible name, e.g. "Fortschritt Handlungsfeld HF1" */
  label: string;
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));

/** Actual progress as a bar with a marker where the plan stands today, plus the same in words. */
export function ProgressBar({ actual, planned, label }: Props) {
  const text = progressText(actual, planned);
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={actual === null ? undefined : Math.round(actual)}
        aria-valuetext={text}
      >
        {actual !== null && <div className="progress__fill" style={{ width: `${clamp(actual)}%` }} />}
        {planned !== null && (
          <div className="progress__plan" style={{ left: `${clamp(planned)}%` }} title={`geplant ${formatPercent(planned)}`} />
        )}
      </div>
      <p className="progress__text">{text}</p>
    </div>
  );
}
