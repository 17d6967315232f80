import { useId, useState, type ReactNode } from "react";

interface Props {
  /** what the chart shows, in one sentence: screen readers read this instead of the drawing */
  summary: string;
  chart: ReactNode;
  /** the same data as a table (with its own caption) */
  table: ReactNode;
}

/**
 * A chart with its data as a table behind a toggle (GOV.UK's pattern). The drawing is hidden from
 * assistive technology because the summary and the table say the same in text.
 */
export function ChartWithTable({ summary, chart, table }: Props) {
  const [open, setOpen] = useState(false);
  const tableId = useId();
  return (
    <div className="chart-with-table">
      <div className="chart" role="img" aria-label={summary}>
        <div aria-hidden="true">{chart}</div>
      </div>
      <button
        type="button"
        className="toggle"
        aria-expanded={open}
        aria-controls={tableId}
        onClick={() => setOpen((value) => !value)}
      >
        Als Tabelle anzeigen
      </button>
      <div id={tableId} hidden={!open}>
        {table}
      </div>
    </div>
  );
}
