import { describe, expect, it } from "vitest";
import { colorsFor, PALETTE, SEMANTIC_COLORS, textureOf } from "./series-colors.ts";

/** Relative luminance (WCAG) of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The grey a colour prints as: Rec. 709 luma of the gamma-encoded channels, 0 (black) to 1 (white). */
function grey(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

// Two plain fills whose greys are less than a fifth of the range apart read as one in greyscale: in the printed
// report (pdftoppm -gray) blue and vermillion (0.07 apart) and orange and sky (0.005) merged, blue and orange
// (0.27) stayed apart. Our threshold, between the two.
const GREY_STEP = 0.2;
// The white texture (recharts' default, half opaque) lightens its stripes by half the distance to white; below
// this the stripes vanish in print.
const TEXTURE_STEP = 0.15;

describe("series in greyscale print", () => {
  // Keys that one chart draws side by side (stacked segments, neighbouring lines). Meter categories and other keys
  // without a meaning of their own take any colour of the palette, so every pair of it can meet.
  const adjacent = {
    statuses: ["ACTIVE", "SUSPENDED", "DEPROVISIONED"],
    types: ["Office", "Azure", "Microsoft365", "Dynamics", "EMS", "M365", "Windows", "UNKNOWN"],
    churn: ["created", "deprovisioned", "net"],
    trials: ["starts", "conversions"],
    search: ["searchResultPageViews", "profileViews", "contactClicks", "referralCount"],
    "auto-renew": ["true", "false"],
    "any colour": Object.keys(PALETTE),
  };
  const colorOf = (key: string) => PALETTE[key as keyof typeof PALETTE] ?? SEMANTIC_COLORS[key]!;

  it.each(Object.entries(adjacent))("tells every two %s apart by grey or by texture", (_, keys) => {
    for (const [i, a] of keys.entries())
      for (const b of keys.slice(i + 1)) {
        const [ca, cb] = [colorOf(a), colorOf(b)];
        if (ca === cb) continue;
        const gap = Math.abs(grey(ca) - grey(cb));
        if (textureOf(ca) === textureOf(cb))
          expect(gap, `${a} (${ca}) and ${b} (${cb}), same texture ${textureOf(ca)}`).toBeGreaterThanOrEqual(
            GREY_STEP,
          );
      }
  });

  it("puts each texture where it shows", () => {
    for (const color of Object.values(PALETTE))
      if (textureOf(color))
        expect((1 - grey(color)) / 2, `texture on ${color}`).toBeGreaterThanOrEqual(TEXTURE_STEP);
  });

  it("without textures, the statuses could not be told apart: the check can fail", () => {
    expect(Math.abs(grey(SEMANTIC_COLORS.ACTIVE!) - grey(SEMANTIC_COLORS.DEPROVISIONED!))).toBeLessThan(
      GREY_STEP,
    );
  });
});

describe("series colours", () => {
  it("draws a status in the same colour whatever the order of the series", () => {
    const [active, suspended, deprovisioned] = colorsFor(["ACTIVE", "SUSPENDED", "DEPROVISIONED"]);
    expect(colorsFor(["DEPROVISIONED", "ACTIVE"])).toEqual([deprovisioned, active]);
    expect(colorsFor(["SUSPENDED"])).toEqual([suspended]);
  });

  it("never draws deprovisioned subscriptions green", () => {
    expect(SEMANTIC_COLORS.DEPROVISIONED).toBe(PALETTE.vermillion);
    expect(SEMANTIC_COLORS.deprovisioned).toBe(PALETTE.vermillion);
  });

  it("gives all eight subscription types different colours, so one chart can hold them all", () => {
    const types = ["Office", "Azure", "Microsoft365", "Dynamics", "EMS", "M365", "UNKNOWN", "Windows"];
    expect(new Set(colorsFor(types)).size).toBe(types.length);
  });

  it("keeps an unknown key's colour from chart to chart, and gives a chart's unknown keys distinct colours", () => {
    const categories = ["Virtual Machines", "Storage", "Networking", "SQL Database", "App Service"];
    const colors = colorsFor(categories);
    expect(new Set(colors).size).toBe(categories.length);
    expect(colorsFor(["Storage", "Networking"])[0]).toBe(colorsFor(["Storage"])[0]);
    // Beside semantic keys, an unknown key takes a colour none of them uses.
    const [, , other] = colorsFor(["ACTIVE", "DEPROVISIONED", "Networking"]);
    expect([PALETTE.blue, PALETTE.vermillion]).not.toContain(other);
  });

  it("stays within a palette every colour of which is visible on white and on the dark theme's cards", () => {
    const white = 1;
    const slate900 = luminance("#0f172a");
    for (const color of Object.values(PALETTE)) {
      expect((luminance(color) + 0.05) / (slate900 + 0.05), `${color} on slate-900`).toBeGreaterThan(3);
      if (color !== PALETTE.yellow)
        expect((white + 0.05) / (luminance(color) + 0.05), `${color} on white`).toBeGreaterThan(1.9);
    }
  });
});
