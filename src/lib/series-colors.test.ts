import { describe, expect, it } from "vitest";
import { colorsFor, PALETTE, SEMANTIC_COLORS } from "./series-colors.ts";

/** Relative luminance (WCAG) of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

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
