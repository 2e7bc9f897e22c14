// Whole UTC days as YYYY-MM-DD text, by plain arithmetic on Date.UTC. No Date subclass and no local zone: a test
// clock that replaces Date (Vitest's, Playwright's) broke date-fns' UTCDate, whose subclass then computed in the
// local zone (the calendar run caught "last month" ending on November 1 in Los Angeles).

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

type Parts = [year: number, month: number, date: number];
const partsOf = (day: string): Parts => [
  Number(day.slice(0, 4)),
  Number(day.slice(5, 7)),
  Number(day.slice(8, 10)),
];
const utcMs = (day: string) => {
  const [year, month, date] = partsOf(day);
  return Date.UTC(year, month - 1, date);
};
/** Date.UTC normalises overflow: month 13 is January next year, date 0 the last day of the month before. */
const dayOf = (year: number, month: number, date: number) =>
  new Date(Date.UTC(year, month - 1, date)).toISOString().slice(0, 10);

/** The text itself when it is a real calendar day as YYYY-MM-DD (2028-02-29 yes, 2027-02-29 no), else null. */
export function parseDay(text: string): string | null {
  return DAY.test(text) && dayOf(...partsOf(text)) === text ? text : null;
}

/** The UTC day of an instant. */
export const utcDayOf = (instant: Date) => instant.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  const [year, month, date] = partsOf(day);
  return dayOf(year, month, date + days);
}

export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The same date `months` later (earlier if negative), clamped to the month's last day: Mar 31 − 1 month is Feb 28/29. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = partsOf(day);
  const [toYear, toMonth] = partsOf(dayOf(year, month + months, 1));
  return dayOf(toYear, toMonth, Math.min(date, daysInMonth(toYear, toMonth)));
}

export const startOfMonth = (day: string) => `${day.slice(0, 7)}-01`;
export const endOfMonth = (day: string) => dayOf(partsOf(day)[0], partsOf(day)[1] + 1, 0);
export const startOfQuarter = (day: string) =>
  dayOf(partsOf(day)[0], Math.floor((partsOf(day)[1] - 1) / 3) * 3 + 1, 1);
export const startOfYear = (day: string) => `${day.slice(0, 4)}-01-01`;
/** Monday of the day's week (the API's weeks start on Monday). */
export const startOfWeek = (day: string) => addDays(day, -((new Date(utcMs(day)).getUTCDay() + 6) % 7));

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => (utcMs(to) - utcMs(from)) / DAY_MS;

/** Calendar months from `from`'s month to `to`'s, counting both: Jan..Mar is 3. */
export const monthsSpanned = (from: string, to: string) => {
  const [fromYear, fromMonth] = partsOf(from);
  const [toYear, toMonth] = partsOf(to);
  return (toYear - fromYear) * 12 + toMonth - fromMonth + 1;
};
