// Colour-blind-safe series colours, mid-tone so they read on light and dark backgrounds, plus dash patterns
// so series stay apart in greyscale print. Literal values: SVG presentation attributes do not resolve var().
export const SERIES_COLORS = [
  "#2563eb",
  "#ea580c",
  "#059669",
  "#9333ea",
  "#e11d48",
  "#0891b2",
  "#ca8a04",
  "#64748b",
] as const;
export const SERIES_DASHES = ["", "6 3", "2 2", "8 3 2 3", "1 3", "10 4", "4 2 1 2", "3 6"] as const;

export const seriesColor = (i: number) => SERIES_COLORS[i % SERIES_COLORS.length]!;
export const seriesDash = (i: number) => SERIES_DASHES[i % SERIES_DASHES.length]!;
