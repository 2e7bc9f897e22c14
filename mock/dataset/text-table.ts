// Catalogues are written as compact text tables: they stay readable, and a formatter cannot explode them
// into one line per word.

/** Items separated by "|" or line breaks, trimmed, empty ones dropped. */
export function items(text: string): string[] {
  return text
    .split(/[|\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** Non-empty lines split into ";"-separated, trimmed cells. */
export function rows(text: string): string[][] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => line.split(";").map((cell) => cell.trim()));
}
