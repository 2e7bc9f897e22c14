// One colour per status, type and measure on every chart, table swatch and in the report, whatever order the
// series come in. Okabe–Ito's colour-vision-deficiency-safe set (black left out: it vanishes on the dark theme),
// mid-tone so it reads on white and on slate-900. In greyscale print the set has about four grey levels (blue,
// vermillion and green within 0.11 of each other, orange and sky 0.005 apart: Rec. 709 luma), so lines also get
// dash patterns and filled shapes a texture of their colour's own (SERIES_TEXTURES).
// Literal values: SVG presentation attributes do not resolve var().

export const PALETTE = {
  blue: "#0072B2",
  vermillion: "#D55E00",
  green: "#009E73",
  purple: "#CC79A7",
  orange: "#E69F00",
  sky: "#56B4E9",
  yellow: "#F0E442",
  grey: "#8C8C8C",
} as const;
const { blue, vermillion, green, purple, orange, sky, yellow, grey } = PALETTE;

/** Keys that mean the same thing wherever they appear (series keys, group values, bar-list measures). */
export const SEMANTIC_COLORS: Readonly<Record<string, string>> = {
  // Subscription status: lost subscriptions are the red of bad news, never green.
  ACTIVE: blue,
  SUSPENDED: orange,
  DEPROVISIONED: vermillion,
  // Subscription type: all eight can share one chart.
  Office: blue,
  Azure: sky,
  Microsoft365: purple,
  Dynamics: orange,
  EMS: green,
  M365: vermillion,
  Windows: yellow,
  UNKNOWN: grey,
  // Churn, trials and the measures bar lists and trend lines draw.
  created: blue,
  deprovisioned: vermillion,
  net: grey,
  starts: sky,
  conversions: green,
  subscriptionCount: blue,
  licenseCount: sky,
  quantity: purple,
  referralCount: green,
  searchResultPageViews: blue,
  profileViews: sky,
  contactClicks: orange,
  // Auto-renew (grouped as a flag): off is the one that needs a call.
  true: blue,
  false: orange,
  // What is not a value of its own.
  "\u0000unset": grey,
  "\u0000other": grey,
};

const FREE = [blue, vermillion, green, purple, orange, sky, yellow] as const;

/** A stable small number from a key, so an unknown key (a meter category) keeps its colour from chart to chart. */
function hash(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i += 1) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return h;
}

/**
 * Colours for the keys of one chart: the semantic colour when the key has one, otherwise a colour picked by the
 * key's hash, moved on to the next colour not yet used in this chart while there is one.
 */
export function colorsFor(keys: readonly string[]): string[] {
  const used = new Set(keys.map((key) => SEMANTIC_COLORS[key]).filter(Boolean));
  return keys.map((key) => {
    const fixed = SEMANTIC_COLORS[key];
    if (fixed) return fixed;
    const start = hash(key) % FREE.length;
    for (let i = 0; i < FREE.length; i += 1) {
      const color = FREE[(start + i) % FREE.length]!;
      if (!used.has(color)) {
        used.add(color);
        return color;
      }
    }
    return FREE[start]!;
  });
}

export const SERIES_DASHES = ["", "6 3", "2 2", "8 3 2 3", "1 3", "10 4", "4 2 1 2", "3 6"] as const;
export const seriesDash = (i: number) => SERIES_DASHES[i % SERIES_DASHES.length]!;

/** A texture drawn over a filled series (recharts' built-in patterns), or none: the plain colour. */
export type Texture = "diagonal" | "dots" | "crosshatch" | "horizontal" | "vertical" | "zigzag" | null;

/**
 * One texture per palette colour, so a status or type keeps its texture as it keeps its colour. Colours whose
 * greys are close get different textures: blue, vermillion and green; grey and purple; orange and sky. Yellow,
 * far lighter than every other colour, stays plain like blue (white texture on it would barely show).
 */
export const SERIES_TEXTURES: Readonly<Record<string, Texture>> = {
  [blue]: null,
  [vermillion]: "diagonal",
  [green]: "dots",
  [purple]: "crosshatch",
  [grey]: "horizontal",
  [orange]: "vertical",
  [sky]: "zigzag",
  [yellow]: null,
};
export const textureOf = (color: string): Texture => SERIES_TEXTURES[color] ?? null;
