// The calendar run (docs/testing.md): the hard days and zones every date-sensitive check runs on, and an
// oracle for what the ranges must be, written with plain arithmetic, independent of date-fns and of date-range.ts.

export const CALENDAR_DAYS = [
  "2026-11-30",
  "2026-12-31",
  "2027-01-01",
  "2027-03-31",
  "2028-02-29",
  "2028-03-01",
] as const;
export const CALENDAR_ZONES = ["UTC", "America/Los_Angeles", "Pacific/Auckland"] as const;
export type CalendarZone = (typeof CALENDAR_ZONES)[number];

/**
 * An instant on the UTC day `day` at which the zone's wall clock shows another date: 03:00 UTC is the evening
 * before in Los Angeles, 20:00 UTC the next morning in Auckland. The browser (or Node) there must still count
 * from `day`, the UTC day Partner Center dates its data by.
 */
export function instantIn(day: string, zone: CalendarZone): Date {
  const time = { UTC: "12:00", "America/Los_Angeles": "03:00", "Pacific/Auckland": "20:00" }[zone];
  return new Date(`${day}T${time}:00Z`);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
export const daysInMonth = (year: number, month: number) =>
  [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
const parts = (day: string) => day.split("-").map(Number) as [number, number, number];
const monthBefore = (year: number, month: number): [number, number] =>
  month === 1 ? [year - 1, 12] : [year, month - 1];
const monthAfter = (year: number, month: number): [number, number] =>
  month === 12 ? [year + 1, 1] : [year, month + 1];
const wholeMonth = (year: number, month: number) => ({
  from: `${year}-${pad(month)}-01`,
  to: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`,
});

/** The day `n` days before `day` (after it for a negative `n`), by walking the month lengths above. */
export function daysBefore(day: string, n: number): string {
  let [year, month, date] = parts(day);
  for (let i = 0; i < Math.abs(n); i++) {
    if (n < 0 && date < daysInMonth(year, month)) date++;
    else if (n < 0) [year, month, date] = [...monthAfter(year, month), 1];
    else if (date > 1) date--;
    else {
      [year, month] = monthBefore(year, month);
      date = daysInMonth(year, month);
    }
  }
  return `${year}-${pad(month)}-${pad(date)}`;
}

/** What each range must be on `day`, and the periods they are compared with. */
export function expectedRanges(day: string) {
  const [year, month] = parts(day);
  const last = monthBefore(year, month);
  const beforeLast = monthBefore(...last);
  const threeBack = monthBefore(...beforeLast);
  const lastMonth = wholeMonth(...last);
  const monthToDate = { from: `${year}-${pad(month)}-01`, to: day };
  const monthEnds = Number(day.slice(8)) === daysInMonth(year, month);
  const quarterStart = Math.floor((month - 1) / 3) * 3 + 1;
  return {
    lastMonth,
    lastMonthPrevious: wholeMonth(...beforeLast),
    lastMonthLastYear: wholeMonth(last[0] - 1, last[1]),
    last3Months: { from: wholeMonth(...threeBack).from, to: lastMonth.to },
    monthToDate,
    /** On a month's last day month to date is that whole month, compared with the month before; else as many days just before. */
    monthToDatePrevious: monthEnds
      ? lastMonth
      : {
          from: daysBefore(monthToDate.from, Number(day.slice(8))),
          to: daysBefore(day, Number(day.slice(8))),
        },
    quarterToDate: { from: `${year}-${pad(quarterStart)}-01`, to: day },
    yearToDate: { from: `${year}-01-01`, to: day },
    last7Days: { from: daysBefore(day, 6), to: day },
    last30Days: { from: daysBefore(day, 29), to: day },
    /** The report's default month, YYYY-MM, and the first month it must refuse as in the future. */
    reportMonth: lastMonth.from.slice(0, 7),
    nextMonth: wholeMonth(...monthAfter(year, month)).from.slice(0, 7),
  };
}

/** "Feb 29, 2028": the en-US short date the range picker shows. */
export function usDay(day: string): string {
  const [year, month, date] = parts(day);
  return `${MONTHS[month - 1]} ${date}, ${year}`;
}
