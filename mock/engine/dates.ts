export const DAY_MS = 86_400_000;

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:\d{2})?$/i;

function utc(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  // Date.UTC maps years 0–99 to 1900–1999, and .NET's "never" is year 1.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date.getTime();
}

/**
 * Epoch milliseconds of an ISO 8601 date or date-time, or null when the text is not a real date.
 * Zone-less values are UTC, as every date the API sends is UTC without a zone.
 */
export function parseIsoDate(text: string): number | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", zone = ""] = match;
  const parts = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)] as const;
  const ms = Number(`${fraction}000`.slice(0, 3));
  const value = utc(...parts, ms);
  const check = new Date(value);
  const valid =
    check.getUTCFullYear() === parts[0] &&
    check.getUTCMonth() + 1 === parts[1] &&
    check.getUTCDate() === parts[2] &&
    parts[3] < 24 &&
    parts[4] < 60 &&
    parts[5] < 60;
  if (!valid) return null;
  if (zone === "" || zone.toUpperCase() === "Z") return value;
  const sign = zone.startsWith("-") ? -1 : 1;
  const offsetMinutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6));
  return value - sign * offsetMinutes * 60_000;
}

/** .NET DateTime.MinValue, which indirect resellers send for "never". */
export const MIN_DATE_MS = utc(1, 1, 1);

/** Wire format of a date value: zone-less, milliseconds only when present (like the samples), or date-only. */
export function formatDate(ms: number, format: "datetime" | "date"): string {
  const iso = new Date(ms).toISOString();
  if (format === "date") return iso.slice(0, 10);
  return ms % 1000 === 0 ? iso.slice(0, 19) : iso.slice(0, 23);
}

export const dayNumber = (ms: number): number => Math.floor(ms / DAY_MS);

/** 0 = Sunday … 6 = Saturday, like Date#getUTCDay (day 0, 1970-01-01, was a Thursday). */
export const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;
