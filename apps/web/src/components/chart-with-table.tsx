import { useId, useState, type ReactNode } from "react";
import { MethodLink, type MethodSection } from "./method-link";

interface Props {
  /** what the chart shows, in one sentence: screen readers read this instead of the drawing */
  summary: string;
  chart: ReactNode;
  /** the same data as a table (with its own caption) */
  table: ReactNode;
  /** the section of "So wird gerechnet" that explains what the chart shows */
  method: MethodSection;
}

/**
 * A chart with its data as a table behind a toggle (GOV.UK's pattern). The drawing is hidden from
 * assistive technology because the summary and the table say the same in text.
 */
export function ChartWithTable({ summary, chart, table, method }: Props) {
  const [open, setOpen] = useState(false);
  const tableId = useId();
  return (
    <div className="chart-with-table">
      <div className="chart" role="img" aria-label={summary}>
        <div aria-hidden="true">{chart}</div>
      </div>
      <div className="chart-with-table__actions">
        <button
          type="button"
          className="toggle"
          aria-expanded={open}
          aria-controls={tableId}
          onClick={() => setOpen((value) => !value)}
        >
          Als Tabelle anzeigen
        </button>
        <MethodLink section={method} />
      </div>
      <div id={tableId} hidden={!open}>
        {table}
      </div>
    </div>
  );
}
