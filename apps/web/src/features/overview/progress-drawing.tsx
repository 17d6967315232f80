import { formatDate, formatPercent } from "@sm/domain/web";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { yearOf, type ProgressChartData } from "./progress-series";

const PERCENT_TICKS = [0, 25, 50, 75, 100];
const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The drawing of the progress chart (progress-chart.tsx), a chunk of its own with the charting library. */
export function ProgressDrawing({ data, markerLabel }: { data: ProgressChartData; markerLabel: string }) {
  return (
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
}
