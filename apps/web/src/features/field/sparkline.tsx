import { Line, LineChart, YAxis, type DotItemDotProps } from "recharts";
import type { ValueAxis } from "../kpi/kpi-axis";
import type { SparkPoint } from "./sparkline-series";

/**
 * A tiny trend line without visible axes, hollow dots for example data; the text beside it says the
 * same (latest value with its mark, how many values are example data), so it is hidden from AT.
 */
export function Sparkline({ points, axis, colour }: { points: SparkPoint[]; axis: ValueAxis; colour: string }) {
  const dot = ({ cx, cy, payload }: DotItemDotProps) => {
    if (typeof cx !== "number" || typeof cy !== "number") return null;
    const example = (payload as SparkPoint).isExample;
    return <circle cx={cx} cy={cy} r={2.5} fill={example ? "#ffffff" : colour} stroke={colour} strokeWidth={1.5} />;
  };
  return (
    <div className="sparkline" aria-hidden="true">
      <LineChart responsive width="100%" height={48} data={points} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <YAxis hide domain={[axis.min, axis.max]} reversed={axis.reversed} allowDataOverflow />
        <Line dataKey="value" stroke={colour} strokeWidth={2} dot={dot} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
