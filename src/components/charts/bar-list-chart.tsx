import { Bar, BarChart, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, formatNumber } from "../../lib/format.ts";
import { seriesColor } from "./palette.ts";

export interface BarItem {
  key: string;
  label: string;
  value: number;
}

interface BarListChartProps {
  items: readonly BarItem[];
  height: number;
  unit?: string;
  colorIndex?: number;
  onSelect?: (key: string) => void;
}

/** Horizontal bars for top-N and by-category views, each bar labelled with its value (readable in greyscale). */
export function BarListChart({ items, height, unit, colorIndex = 0, onSelect }: BarListChartProps) {
  return (
    <div style={{ height }} className="w-full text-slate-700 dark:text-slate-300">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
        <BarChart data={items as BarItem[]} layout="vertical" margin={{ top: 4, right: 56, bottom: 4, left: 8 }} accessibilityLayer>
          <XAxis type="number" tickFormatter={(n: number) => formatCompact(n)} tick={{ fill: "currentColor", fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={170} tick={{ fill: "currentColor", fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value) => [`${formatNumber(Number(value))}${unit ? ` ${unit}` : ""}`, unit ?? "Value"]} contentStyle={{ color: "#0f172a" }} />
          <Bar
            dataKey="value"
            fill={seriesColor(colorIndex)}
            isAnimationActive={items.length < 50}
            cursor={onSelect ? "pointer" : undefined}
            onClick={(entry: { payload?: BarItem }) => entry.payload && onSelect?.(entry.payload.key)}
          >
            <LabelList dataKey="value" position="right" formatter={(v: unknown) => formatCompact(Number(v))} fill="currentColor" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
