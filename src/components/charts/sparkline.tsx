import { Line, LineChart, ResponsiveContainer } from "recharts";

/** The KPI tiles' small trend line; decorative (the tile's numbers carry the meaning). */
export function Sparkline({ values, height = 40 }: { values: readonly number[]; height?: number }) {
  const data = values.map((value, i) => ({ i, value }));
  return (
    <div style={{ height }} aria-hidden="true" className="text-blue-700 dark:text-blue-400">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 200, height }}>
        <LineChart data={data} margin={{ top: 2, right: 2, bottom: 2, left: 2 }} accessibilityLayer={false} tabIndex={-1}>
          <Line type="monotone" dataKey="value" stroke="currentColor" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
