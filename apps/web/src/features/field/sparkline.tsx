import { Line, LineChart, YAxis } from "recharts";
import type { SparkPoint } from "./sparkline-series";

/** A tiny trend line without axes; the text beside it says the same, so it is hidden from AT. */
export function Sparkline({ points, colour }: { points: SparkPoint[]; colour: string }) {
  return (
    <div className="sparkline" aria-hidden="true">
      <LineChart responsive width="100%" height={48} data={points} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <YAxis hide domain={["dataMin", "dataMax"]} />
        <Line dataKey="value" stroke={colour} strokeWidth={2} dot={{ r: 2.5 }} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
