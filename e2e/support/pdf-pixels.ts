import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PagePixels {
  width: number;
  height: number;
  /** RGB, 3 bytes a pixel, row by row. */
  rgb: Buffer;
}

/** Each page of a PDF as pixels, as a reader would see it printed: pdftoppm (poppler) at `dpi`. */
export function pdfPixels(pdf: Buffer, dpi = 50): PagePixels[] {
  const dir = mkdtempSync(join(tmpdir(), "pdf-pixels-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    execFileSync("pdftoppm", ["-r", String(dpi), join(dir, "in.pdf"), join(dir, "page")]);
    return readdirSync(dir)
      .filter((name) => name.endsWith(".ppm"))
      .sort()
      .map((name) => parsePpm(readFileSync(join(dir, name))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Binary PPM (P6, maxval 255), as pdftoppm writes it: "P6\n<width> <height>\n255\n" then the pixels. */
function parsePpm(data: Buffer): PagePixels {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("pdftoppm wrote something other than a binary PPM");
  const [whole, width, height] = header;
  return { width: Number(width), height: Number(height), rgb: data.subarray(whole.length) };
}

/**
 * Pixels in a saturated colour (pastel fills included): a chart's series. Text, axes and grid lines print black or grey, and the
 * page is white, so a chart that printed only its axes (captured mid-animation) scores next to nothing.
 */
export function colouredPixels({ rgb }: PagePixels): number {
  let count = 0;
  for (let i = 0; i + 2 < rgb.length; i += 3) {
    const r = rgb[i]!;
    const g = rgb[i + 1]!;
    const b = rgb[i + 2]!;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 40) count++;
  }
  return count;
}

/** Coloured pixels inside a rectangle (pixels of the page image, clipped to it). */
export function colouredIn(
  page: PagePixels,
  rect: { left: number; top: number; width: number; height: number },
): number {
  let count = 0;
  const x0 = Math.max(0, Math.floor(rect.left));
  const y0 = Math.max(0, Math.floor(rect.top));
  const x1 = Math.min(page.width, Math.ceil(rect.left + rect.width));
  const y1 = Math.min(page.height, Math.ceil(rect.top + rect.height));
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * page.width + x) * 3;
      const r = page.rgb[i]!;
      const g = page.rgb[i + 1]!;
      const b = page.rgb[i + 2]!;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40) count++;
    }
  return count;
}

/**
 * How far down the printable part of a page its content reaches (0-1): the last row holding anything but white,
 * above the bottom margin (where the running footer is), over the height between the margins.
 */
export function pageFill(page: PagePixels, margins: { top: number; bottom: number }): number {
  const top = Math.round(margins.top);
  const bottom = page.height - Math.round(margins.bottom);
  let last = top;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < page.width; x++) {
      const i = (y * page.width + x) * 3;
      if (page.rgb[i]! < 235 || page.rgb[i + 1]! < 235 || page.rgb[i + 2]! < 235) {
        last = y;
        break;
      }
    }
  }
  return (last - top) / (bottom - top);
}
