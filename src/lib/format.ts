// Numbers and dates in the browser's locale, from one set of cached Intl formatters.
const locale = typeof navigator === "undefined" ? "en-US" : navigator.language;
const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(locale, {
  style: "percent",
  maximumFractionDigits: 1,
  signDisplay: "exceptZero",
});
const plainPercent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: "exceptZero" });
const dayFormat = new Intl.DateTimeFormat(locale, {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});
const monthFormat = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" });
const shortMonth = new Intl.DateTimeFormat(locale, { year: "2-digit", month: "short", timeZone: "UTC" });
const dateTime = new Intl.DateTimeFormat(locale, {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export const formatNumber = (n: number) => (Number.isInteger(n) ? integer.format(n) : decimal.format(n));
export const formatCompact = (n: number) => compact.format(n);

/**
 * A number in at most `chars` characters: exact when it fits, compact (75.3M) when it does not, with the exact
 * value beside it for a title or a table.
 */
export function fitNumber(n: number, chars: number): { text: string; exact: string } {
  const exact = formatNumber(n);
  return { text: exact.length <= chars ? exact : formatCompact(n), exact };
}
export const formatPercent = (ratio: number) => percent.format(ratio);
export const formatShare = (ratio: number) => plainPercent.format(ratio);
export const formatSigned = (n: number) => signed.format(n);

const asDate = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
export const formatDay = (iso: string) => dayFormat.format(asDate(iso));
export const formatMonth = (iso: string) => monthFormat.format(asDate(iso));
export const formatDateTime = (iso: string) => `${dateTime.format(asDate(iso))} UTC`;

/** Axis and table label for a date bucket at the query's grain. */
export function formatBucket(iso: string, grain: "day" | "week" | "month"): string {
  if (grain === "month") return shortMonth.format(asDate(iso));
  return grain === "week" ? `Week of ${formatDay(iso)}` : formatDay(iso);
}

export function formatDayRange(range: { from: string; to: string }): string {
  return `${formatDay(range.from)} – ${formatDay(range.to)}`;
}
