import { formatDate } from "@sm/domain/web";
import { CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis, type DotItemDotProps } from "recharts";
import { ChartWithTable } from "../../components/chart-with-table";
import { TableRegion } from "../../components/table-region";
import { yearOf } from "../overview/progress-series";
import { KpiFigure } from "./kpi-figure";
import { formatKpiValue } from "./kpi-format";
import type { KpiChartData, KpiChartPoint } from "./kpi-series";

const VALUE_COLOUR = "#005ca9";

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
 * Draws only; the figures and their marks come from kpi-series.
 */
export function KpiChart({ data, caption, legend = "full" }: Props) {
  const { kpi, yAxis } = data;
  const hasInterim = data.points.some((p) => p.interim !== null);
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
          data.dotNote,
          data.axisNote,
        ]
          .filter(Boolean)
          .join(" ")
      : [data.dotNote, data.axisNote].filter(Boolean).join(" ");

  return (
    <>
      {legendText ? <p className="muted chart-legend">{legendText}</p> : null}
      <ChartWithTable summary={data.summary} chart={chart} table={table} method="kpi" />
    </>
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
