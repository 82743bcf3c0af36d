/**
 * Calendar arithmetic on whole months and UTC days. Months are plain integers
 * (`year * 12 + month - 1`) so that ranges and loops stay exact and cheap.
 */

/** A calendar month as `year * 12 + (month - 1)`. */
export type MonthIndex = number;

/** A calendar date, month and day 1-based. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The month index of a year and a 1-based month. */
export const toMonthIndex = (year: number, month: number): MonthIndex => year * 12 + month - 1;

/** The year and 1-based month of a month index. */
export const fromMonthIndex = (index: MonthIndex): { year: number; month: number } => ({
  year: Math.floor(index / 12),
  month: (index % 12) + 1,
});

/** `YYYY-MM` for a month index. */
export function toMonthLabel(index: MonthIndex): string {
  const { year, month } = fromMonthIndex(index);
  return `${pad(year, 4)}-${pad(month)}`;
}

/** Number of days in a month, leap years included. */
export function daysInMonth(index: MonthIndex): number {
  const { year, month } = fromMonthIndex(index);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD`. */
export const toIsoDate = ({ year, month, day }: CalendarDate): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/**
 * Parses a strict `YYYY-MM-DD` that names a real day.
 *
 * @param text the date text
 * @returns the date, or null when the shape is wrong or the day does not exist
 * @example
 * fromIsoDate('2025-06-14'); // {year: 2025, month: 6, day: 14}
 * fromIsoDate('2025-02-30'); // null
 */
export function fromIsoDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(toMonthIndex(year, month))) return null;
  return { year, month, day };
}

/** Seconds since the Unix epoch at UTC midnight of a date. */
export const toEpochSeconds = ({ year, month, day }: CalendarDate): number =>
  Date.UTC(year, month - 1, day) / 1000;

/** The date `days` days after (or before, when negative) a date. */
export function addDays({ year, month, day }: CalendarDate, days: number): CalendarDate {
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}
