import { lazy, Suspense } from "react";
import { ChartWithTable } from "../../components/chart-with-table";
import { TableRegion } from "../../components/table-region";
import type { ProgressChartData } from "./progress-series";

// The charting library is the largest download of the app: the summary and the table show at once,
// the drawing follows into the space .chart keeps for it.
const ProgressDrawing = lazy(() => import("./progress-drawing").then((m) => ({ default: m.ProgressDrawing })));

/**
 * Actual (solid) against planned (dashed) progress per month, and the plan as adopted (dotted) once
 * a plan was revised (ADR 0006), with a line at the date the figures
 * refer to: today, or the past date being shown (`markerLabel` "Stand"); its data as a table.
 */
export function ProgressChart({
  data,
  caption,
  markerLabel = "Heute",
}: {
  data: ProgressChartData;
  caption: string;
  markerLabel?: string;
}) {
  const chart = (
    <Suspense fallback={null}>
      <ProgressDrawing data={data} markerLabel={markerLabel} />
    </Suspense>
  );

  const table = (
    <TableRegion label={`Tabelle: ${caption}`}>
      <table className="data-table">
        <caption>{caption}: Ist und Plan je Monat</caption>
        <thead>
          <tr>
            <th scope="col">Monat</th>
            <th scope="col" className="num">
              Ist
            </th>
            <th scope="col" className="num">
              {data.showBaseline ? "Plan (aktuell)" : "Plan"}
            </th>
            {data.showBaseline ? (
              <th scope="col" className="num">
                Plan (ursprünglich)
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.month}</th>
              <td className="num">{row.actual}</td>
              <td className="num">{row.planned}</td>
              {data.showBaseline ? <td className="num">{row.baseline}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );

  return <ChartWithTable summary={data.summary} chart={chart} table={table} method="plan" />;
}
