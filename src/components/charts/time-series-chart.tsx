import { dequal } from "dequal";
import { memo } from "react";
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  pattern,
  patterns,
  ReferenceArea,
  ResponsiveContainer,
  type RechartsFill,
  type RechartsPattern,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Series } from "../../lib/card-data.ts";
import type { DayRange, Grain } from "../../lib/date-range.ts";
import { formatBucket, formatCompact, formatNumber } from "../../lib/format.ts";
import { colorsFor, seriesDash, textureOf, type Texture } from "../../lib/series-colors.ts";
import { partialBuckets } from "../../lib/time-buckets.ts";

export interface TimeSeriesChartProps {
  buckets: readonly string[];
  grain: Grain;
  series: readonly Series[];
  /** The range the buckets cover: a first or last bucket it cuts is drawn faded and said to be partial. */
  range?: DayRange;
  kind: "line" | "stacked-bar" | "stacked-area";
  height: number;
  /** The axis unit, e.g. "1 Hour": one chart never mixes units. */
  unit?: string;
  /** The same measure over the comparison period, aligned bucket by bucket, drawn dashed. */
  comparison?: { label: string; buckets: readonly string[]; values: readonly number[] };
  onSelectSeries?: (key: string) => void;
  /** false where a chart must be whole at once: print captures the frame it is given, not the animation's end. */
  animate?: boolean;
}

const COMPARE_KEY = "__compare";
// Past 16 buckets (a year of months, a quarter of weeks fit) a stacked bar costs more than it shows: three SVG
// nodes per bar and series (330 for 37 months of three statuses, 1,100 for 92 days of four) against one path per
// series for the same stack drawn as areas, which reads the same trend. At 24 buckets of bars the subscriptions
// page with a loaded grid measured 1,416 DOM nodes, over Lighthouse's 1,400.
const MAX_BARS = 16;

// Made once: recharts redraws a definition whose component changes. Stripes at most 2 px wide (recharts draws
// some 3 px of each 8): wider, they paled vermillion towards orange on screen; at 2 they still show in greyscale.
const TEXTURES = Object.fromEntries(
  (["diagonal", "dots", "crosshatch", "horizontal", "vertical", "zigzag"] as const).map((name) => {
    const texture: RechartsPattern = patterns[name];
    const width = texture.strokeWidth;
    return [name, pattern(width ? { ...texture, strokeWidth: Math.min(width, 2) } : texture)];
  }),
) as Record<NonNullable<Texture>, RechartsFill["definition"]>;

/** A filled series' colour with its texture (the legend swatch draws it too), so stacks stay apart in greyscale. */
function seriesFill(color: string): string | RechartsFill {
  const texture = textureOf(color);
  return texture ? { color, definition: TEXTURES[texture] } : color;
}

const prefersReducedMotion = () =>
  globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;

/**
 * Drawn again only when what it shows changes (props compared by value; callbacks by identity). A drill-down first
 * re-renders the page's cards with the data they had, for the new filters, so that every chart would be redrawn
 * unchanged, about 20–40 ms each, before the new answers could even be asked for.
 */
export const TimeSeriesChart = memo(function TimeSeriesChart({
  buckets,
  grain,
  series,
  range,
  kind,
  height,
  unit,
  comparison,
  onSelectSeries,
  animate: animation = true,
}: TimeSeriesChartProps) {
  const data = buckets.map((bucket, i) => {
    const row: Record<string, number | string> = { bucket };
    for (const s of series) row[s.key] = s.values[i] ?? 0;
    if (comparison) row[COMPARE_KEY] = comparison.values[i] ?? 0;
    return row;
  });
  // By key, not by position: a status keeps its colour whichever series come before it.
  const colors = colorsFor(series.map((s) => s.key));
  const labelOf = (key: string) =>
    (key === COMPARE_KEY ? comparison?.label : series.find((s) => s.key === key)?.label) ?? key;
  const partial = range ? partialBuckets(range, grain) : new Map<string, never>();
  const daysOf = (bucket: string) => {
    const share = partial.get(bucket);
    return share ? `${share.days} of ${share.of} days` : "";
  };
  const tooltipLabel = (bucket: unknown) => {
    const i = buckets.indexOf(String(bucket));
    const compared = comparison?.buckets[i];
    const part = daysOf(String(bucket));
    return `${formatBucket(String(bucket), grain)}${part ? `, partial: ${part}` : ""}${compared ? ` (compared with ${formatBucket(compared, grain)})` : ""}`;
  };
  const common = {
    data,
    margin: { top: 8, right: 16, bottom: 8, left: 8 },
    accessibilityLayer: true,
  };
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
      <XAxis
        dataKey="bucket"
        tickFormatter={(b: string) => formatBucket(b, grain)}
        tick={{ fill: "currentColor", fontSize: 12 }}
        minTickGap={24}
      />
      <YAxis
        tickFormatter={(n: number) => formatCompact(n)}
        tick={{ fill: "currentColor", fontSize: 12 }}
        width={56}
        label={
          unit
            ? { value: unit, angle: -90, position: "insideLeft", fill: "currentColor", fontSize: 12 }
            : undefined
        }
      />
      <Tooltip
        labelFormatter={tooltipLabel}
        formatter={(value, name) => [
          `${formatNumber(Number(value))}${unit ? ` ${unit}` : ""}`,
          labelOf(String(name)),
        ]}
        // The theme's colours (styles.css): an inline style is the only way into recharts' tooltip box.
        contentStyle={{
          background: "var(--chart-tooltip-bg)",
          color: "var(--chart-tooltip-fg)",
          borderColor: "var(--chart-tooltip-border)",
        }}
        itemStyle={{ color: "var(--chart-tooltip-fg)" }}
      />
      <Legend
        // Names in the text colour (a series colour as text is unreadable on one theme or the other); the swatch
        // beside each name carries the colour.
        formatter={(key: string) => (
          <span className="text-sm text-slate-700 dark:text-slate-300">{labelOf(key)}</span>
        )}
        onClick={(entry) =>
          onSelectSeries &&
          entry.dataKey &&
          entry.dataKey !== COMPARE_KEY &&
          onSelectSeries(String(entry.dataKey))
        }
      />
    </>
  );
  const animate = animation && data.length < 200 && !prefersReducedMotion();
  const compareLine = comparison && (
    <Line
      type="linear"
      dataKey={COMPARE_KEY}
      stroke="#64748b"
      strokeDasharray="5 4"
      dot={false}
      legendType="plainline"
      isAnimationActive={false}
    />
  );

  const drawn = kind === "stacked-bar" && data.length > MAX_BARS ? "stacked-area" : kind;
  // A cut bucket drawn as if whole dives where nothing fell: a veil in the card's colour fades it (the bar, or the
  // stretch of line and area that reaches it from its whole neighbour), above the marks and below the axes.
  const veils = buckets.flatMap((bucket, i) => {
    if (!partial.has(bucket)) return [];
    const neighbour = drawn === "stacked-bar" ? bucket : (buckets[i === 0 ? 1 : i - 1] ?? bucket);
    const [x1, x2] = i === 0 ? [bucket, neighbour] : [neighbour, bucket];
    return [
      <ReferenceArea
        key={bucket}
        x1={x1}
        x2={x2}
        zIndex={450}
        fillOpacity={0.6}
        className="partial-bucket pointer-events-none [&_path]:fill-white dark:[&_path]:fill-slate-900"
      />,
    ];
  });
  let chart;
  if (drawn === "line") {
    chart = (
      <LineChart {...common}>
        {axes}
        {series.map((s, i) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            stroke={colors[i]}
            strokeDasharray={seriesDash(i)}
            strokeWidth={2}
            dot={false}
            // The legend draws the line's dashes, the only thing that tells the lines apart in greyscale print.
            legendType="plainline"
            isAnimationActive={animate}
          />
        ))}
        {compareLine}
        {veils}
      </LineChart>
    );
  } else if (drawn === "stacked-area") {
    chart = (
      <AreaChart {...common}>
        {axes}
        {series.map((s, i) => (
          <Area
            key={s.key}
            type="linear"
            dataKey={s.key}
            stackId="a"
            stroke={colors[i]}
            fill={seriesFill(colors[i]!)}
            fillOpacity={0.35}
            strokeDasharray={seriesDash(i)}
            isAnimationActive={animate}
            onClick={() => onSelectSeries?.(s.key)}
            cursor={onSelectSeries ? "pointer" : undefined}
          />
        ))}
        {veils}
      </AreaChart>
    );
  } else {
    chart = (
      <BarChart {...common}>
        {axes}
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            stackId="a"
            fill={seriesFill(colors[i]!)}
            isAnimationActive={animate}
            onClick={() => onSelectSeries?.(s.key)}
            cursor={onSelectSeries ? "pointer" : undefined}
          />
        ))}
        {veils}
      </BarChart>
    );
  }
  const cut = buckets.filter((bucket) => partial.has(bucket));
  return (
    <div data-chart="time-series" className="w-full text-slate-700 dark:text-slate-300">
      <div style={{ height }}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
          {chart}
        </ResponsiveContainer>
      </div>
      {/* Said in words too, below the drawing rather than out of its height: a printout, a screenshot and a
          touch screen have no tooltip. */}
      {cut.length > 0 && (
        <p className="text-xs text-slate-600 dark:text-slate-400" data-partial-note>
          Partial, drawn faded:{" "}
          {cut.map((bucket) => `${formatBucket(bucket, grain)} (${daysOf(bucket)})`).join(" and ")}.
        </p>
      )}
    </div>
  );
}, dequal);
