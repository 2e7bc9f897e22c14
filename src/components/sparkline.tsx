/**
 * The KPI tiles' small trend line: a plain SVG polyline, so the first page needs no chart library at all.
 * Decorative: the tile's numbers carry the meaning.
 */
export function Sparkline({ values, height = 40 }: { values: readonly number[]; height?: number }) {
  if (values.length < 2) return null;
  const max = Math.max(...values);
  const min = Math.min(...values);
  const span = max - min || 1;
  const points = values
    .map(
      (v, i) => `${((i / (values.length - 1)) * 100).toFixed(2)},${(((max - v) / span) * 36 + 2).toFixed(2)}`,
    )
    .join(" ");
  return (
    <svg
      data-chart="sparkline"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 100 40"
      preserveAspectRatio="none"
      style={{ height }}
      className="w-full text-blue-700 dark:text-blue-400"
    >
      <polyline
        points={points}
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
