import { formatDate } from "@sm/domain";
import { CartesianGrid, ComposedChart, Legend, Line, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { ChartWithTable } from "../../components/chart-with-table";
import { TableRegion } from "../../components/table-region";
import { yearOf } from "../overview/progress-series";
import { formatKpiValue } from "./kpi-format";
import type { KpiChartData } from "./kpi-series";

const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

interface Props {
  data: KpiChartData;
  unit: string;
  decimals: number;
  caption: string;
}

/**
 * Reported values (line with dots) against the straight path to the target (dashed) and the trend
 * of the values projected to the target date (dotted, another colour). Draws only.
 */
export function KpiChart({ data, unit, decimals, caption }: Props) {
  const format = (value: number) => formatKpiValue(value, unit, decimals);
  const chart = (
    <ComposedChart
      responsive
      width="100%"
      height={320}
      data={data.points}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
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
      <YAxis domain={[data.yAxis.min, data.yAxis.max]} ticks={data.yAxis.ticks} tickFormatter={(v: number) => formatKpiValue(v, unit === "%" ? "%" : "", decimals)} width={64} stroke="#4a4a4a" />
      <Tooltip
        labelFormatter={(t) => formatDate(isoOf(Number(t)))}
        formatter={(value) => (typeof value === "number" ? format(value) : String(value))}
      />
      <Legend verticalAlign="top" height={32} />
      <Line
        name="Zielpfad"
        dataKey="path"
        stroke="#595959"
        strokeWidth={2}
        strokeDasharray="6 4"
        dot={false}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        name="Messwerte"
        dataKey="value"
        stroke="#005ca9"
        strokeWidth={3}
        dot={{ r: 4, fill: "#005ca9" }}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        name="Trend (Projektion)"
        dataKey="trend"
        stroke="#7b2d8e"
        strokeWidth={2}
        strokeDasharray="2 4"
        strokeLinecap="round"
        dot={false}
        connectNulls
        isAnimationActive={false}
      />
      {data.interim.length > 0 && (
        <Scatter name="Zwischenziel" data={data.interim} dataKey="interim" fill="#b35900" shape="diamond" isAnimationActive={false} />
      )}
    </ComposedChart>
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
              <th scope="row">{row.date}</th>
              <td>{row.kind}</td>
              <td className="num">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );

  return <ChartWithTable summary={data.summary} chart={chart} table={table} method="kpi" />;
}
