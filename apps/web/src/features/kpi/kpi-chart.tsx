import { lazy, Suspense } from "react";
import { formatDate } from "@sm/domain/web";
import { ChartWithTable } from "../../components/chart-with-table";
import { TableRegion } from "../../components/table-region";
import { KpiFigure } from "./kpi-figure";
import type { KpiChartData } from "./kpi-series";

// The charting library is the largest download of the app: the text and the table show at once, the
// drawing follows into the space .chart keeps for it.
const KpiDrawing = lazy(() => import("./kpi-drawing").then((m) => ({ default: m.KpiDrawing })));

interface Props {
  data: KpiChartData;
  caption: string;
  /**
   * "full": say in words what each line means and how to read the axis (the KPI page);
   * "axis": only how to read the axis, when it is unusual (the printed report keeps it short)
   */
  legend?: "full" | "axis";
}

/**
 * Reported values (line with dots) against the straight path to the target (dashed), the trend of
 * the values projected to the target date (dotted, another colour) and interim targets (diamonds).
 * The figures and their marks come from kpi-series; the drawing itself is kpi-drawing.
 */
export function KpiChart({ data, caption, legend = "full" }: Props) {
  const { kpi } = data;
  const hasInterim = data.points.some((p) => p.interim !== null);
  const chart = (
    <Suspense fallback={null}>
      <KpiDrawing data={data} />
    </Suspense>
  );

  const table = (
    <TableRegion label={`Tabelle: ${caption}`}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Datum</th>
            <th scope="col">Art</th>
            <th scope="col" className="num">
              Wert
            </th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{formatDate(row.date)}</th>
              <td>{row.label}</td>
              <td className="num">
                <KpiFigure kpi={kpi} date={row.date} value={row.value} provenance={row.provenance} computed={row.computed} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );

  const legendText =
    legend === "full"
      ? [
          "Durchgezogene Linie mit Punkten: gemeldete Werte. Gestrichelte Linie: gerader Weg vom Ausgangswert zum Ziel. Gepunktete Linie: Trend der gemeldeten Werte bis zum Zieldatum (Projektion).",
          hasInterim ? "Rauten: Zwischenziele." : "",
          data.periodNote,
          data.dotNote,
          data.axisNote,
        ]
          .filter(Boolean)
          .join(" ")
      : [data.periodNote, data.dotNote, data.axisNote].filter(Boolean).join(" ");

  return (
    <>
      {legendText ? <p className="muted chart-legend">{legendText}</p> : null}
      <ChartWithTable summary={data.summary} chart={chart} table={table} method="kpi" />
    </>
  );
}
