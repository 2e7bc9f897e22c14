// Names and numbers that fit their card and stay tellable apart, on screen, on paper and on a touch screen
// (none of which can rely on a hover title).

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * The text cut to `max` characters by taking out its middle: names that share a beginning ("MICROSOFT 365
 * BUSINESS …") differ at the end, so both ends stay. Cuts between graphemes, never inside an emoji or a letter with
 * its marks.
 */
export function middleTruncate(text: string, max: number): string {
  const parts = [...graphemes.segment(text)].map((s) => s.segment);
  if (parts.length <= max) return text;
  const tail = Math.floor((max - 1) / 2);
  const head = max - 1 - tail;
  return `${parts.slice(0, head).join("").trimEnd()}…${parts
    .slice(parts.length - tail)
    .join("")
    .trimStart()}`;
}

/** A key short enough to read beside a name: ids keep their first eight characters. */
const shortKey = (key: string) => (key.length > 12 ? key.slice(0, 8) : key);

/**
 * Labels for one list in which no two read the same: a label that repeats gets its key (a subscription's short id)
 * so two subscriptions both named "DATA PLATFORM" stay two rows a reader can tell apart.
 */
export function distinctLabels<T extends { key: string; label: string }>(items: readonly T[]): T[] {
  const count = new Map<string, number>();
  for (const item of items) count.set(item.label, (count.get(item.label) ?? 0) + 1);
  return items.map((item) =>
    count.get(item.label)! > 1 && item.key !== item.label
      ? { ...item, label: `${item.label} · ${shortKey(item.key)}` }
      : item,
  );
}
