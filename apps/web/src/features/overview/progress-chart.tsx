import { formatDate, formatPercent } from "@sm/domain/web";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartWithTable } from "../../components/chart-with-table";
import { TableRegion } from "../../components/table-region";
import { yearOf, type ProgressChartData } from "./progress-series";

const PERCENT_TICKS = [0, 25, 50, 75, 100];
const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Actual (solid) against planned (dashed) progress per month, and the plan as adopted (dotted) once
 * a plan was revised (ADR 0006), with a line at the date the figures
 * refer to: today, or the past date being shown (`markerLabel` "Stand"). Draws only.
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
    <LineChart
      responsive
      width="100%"
      height={320}
      data={data.points}
      margin={{ top: 24, right: 16, bottom: 8, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#e3e3e3" vertical={false} />
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={data.domain}
        ticks={data.yearTicks}
        tickFormatter={(t: number) => String(yearOf(t))}
        stroke="#4a4a4a"
      />
      <YAxis
        domain={[0, 100]}
        ticks={PERCENT_TICKS}
        tickFormatter={(v: number) => formatPercent(v)}
        width={60}
        stroke="#4a4a4a"
      />
      <Tooltip
        labelFormatter={(t) => formatDate(isoOf(Number(t)))}
        formatter={(value) => formatPercent(typeof value === "number" ? value : null)}
      />
      <Legend verticalAlign="top" height={32} />
      <ReferenceLine
        x={data.today}
        stroke="#1a1a1a"
        strokeWidth={1.5}
        label={{ value: markerLabel, position: "insideTopLeft", fill: "#1a1a1a", fontSize: 13 }}
      />
      {data.showBaseline ? (
        <Line
          name="Plan (ursprünglich beschlossen)"
          dataKey="baseline"
          stroke="#8a8a8a"
          strokeWidth={2}
          strokeDasharray="2 3"
          dot={false}
          isAnimationActive={false}
        />
      ) : null}
      <Line
        name={data.showBaseline ? "Plan (aktuell)" : "Plan"}
        dataKey="planned"
        stroke="#595959"
        strokeWidth={2}
        strokeDasharray="6 4"
        dot={false}
        isAnimationActive={false}
      />
      <Line name="Ist" dataKey="actual" stroke="#005ca9" strokeWidth={3} dot={false} isAnimationActive={false} />
    </LineChart>
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
