import { formatDate } from "@sm/domain/web";
import { CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis, type DotItemDotProps } from "recharts";
import { yearOf } from "../overview/progress-series";
import { KpiFigure } from "./kpi-figure";
import { formatKpiValue } from "./kpi-format";
import type { KpiChartData, KpiChartPoint } from "./kpi-series";

const VALUE_COLOUR = "#005ca9";

/** The drawing of the KPI chart (kpi-chart.tsx), a chunk of its own with the charting library. */
export function KpiDrawing({ data }: { data: KpiChartData }) {
  const { kpi, yAxis } = data;
  const hasInterim = data.points.some((p) => p.interim !== null);
  return (
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
      <YAxis
        domain={[yAxis.min, yAxis.max]}
        ticks={yAxis.ticks}
        reversed={yAxis.reversed}
        // The trend may run past what the KPI can take; the axis stays put and the line is cut off.
        allowDataOverflow
        tickFormatter={(v: number) => formatKpiValue(v, kpi.unit === "%" ? "%" : "", kpi.decimals)}
        width={64}
        stroke="#4a4a4a"
      />
      <Tooltip
        isAnimationActive={false}
        content={({ active, label }) => (active ? <KpiTooltip data={data} time={Number(label)} /> : null)}
      />
      <Legend verticalAlign="top" height={32} />
      <Line
        name="Zielpfad"
        dataKey="path"
        stroke="#595959"
        strokeWidth={2}
        strokeDasharray="6 4"
        dot={false}
        activeDot={false}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        name="Messwerte"
        dataKey="value"
        stroke={VALUE_COLOUR}
        strokeWidth={3}
        dot={ValueDot}
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
        activeDot={false}
        connectNulls
        isAnimationActive={false}
      />
      {hasInterim && (
        <Line
          name="Zwischenziel"
          dataKey="interim"
          stroke="none"
          legendType="diamond"
          dot={{ symbol: "diamond", r: 6, fill: "#b35900", stroke: "#b35900" }}
          activeDot={false}
          isAnimationActive={false}
        />
      )}
    </ComposedChart>
  );
}

/** A reported value: filled when it has a source, hollow when it is example data (the legend text says so). */
function ValueDot({ cx, cy, payload }: DotItemDotProps) {
  if (typeof cx !== "number" || typeof cy !== "number") return null;
  const point = payload as KpiChartPoint;
  const example = point.valueIsExample === true;
  return (
    <circle
      className="kpi-chart__dot"
      data-date={new Date(point.t).toISOString().slice(0, 10)}
      cx={cx}
      cy={cy}
      r={example ? 4.5 : 4}
      fill={example ? "#ffffff" : VALUE_COLOUR}
      stroke={VALUE_COLOUR}
      strokeWidth={2}
    />
  );
}

/**
 * The hovered date and the figures drawn on it, looked up by the date itself rather than taken from
 * the chart's payload, so the figures always belong to the date shown. Inside the drawing, which is
 * hidden from assistive technology (the table says the same), so sources are named, not linked.
 */
function KpiTooltip({ data, time }: { data: KpiChartData; time: number }) {
  const figures = data.byTime.get(time);
  if (!figures || figures.length === 0) return null;
  return (
    <div className="kpi-tooltip">
      <p className="kpi-tooltip__date">{formatDate(figures[0]!.date)}</p>
      <ul className="plain-list">
        {figures.map((f) => (
          <li key={f.key}>
            {f.label}:{" "}
            <KpiFigure kpi={data.kpi} date={f.date} value={f.value} provenance={f.provenance} computed={f.computed} sourceAsText />
          </li>
        ))}
      </ul>
    </div>
  );
}
