// One precompiled pattern per accepted form. `\d` is ASCII-only here, as the contract's
// digits are. The ISO back-reference keeps one separator: 2025-03/01 is not a date.
const ISO =
  /^(\d{4})([-/])(\d{2})\2(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[Zz]|([+-])(\d{2}):?(\d{2}))?)?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DAY_NAME = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/;
const NAME_DAY = /^([A-Za-z]+) (\d{1,2}),? (\d{4})$/;
const EPOCH = /^\d{10}$/;

const MONTH_NAMES = new Map<string, number>();
[
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
].forEach((name, index) => {
  MONTH_NAMES.set(name, index + 1);
  MONTH_NAMES.set(name.slice(0, 3), index + 1);
});

const SECONDS_PER_DAY = 86400;
const MINUTES_PER_DAY = 1440;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by `count` ASCII digits from `start`, or -1 where one of them is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

function format(year: number, month: number, day: number): string {
  const y = year < 10 ? '000' + year : year < 100 ? '00' + year : year < 1000 ? '0' + year : '' + year;
  return y + '-' + pad2(month) + '-' + pad2(day);
}

/** Formats a date moved by -1, 0 or +1 day; null when that leaves years 0001–9999. */
function formatShifted(year: number, month: number, day: number, shift: number): string | null {
  if (shift < 0) {
    if (day > 1) day -= 1;
    else if (month > 1) {
      month -= 1;
      day = daysInMonth(year, month);
    } else {
      year -= 1;
      month = 12;
      day = 31;
    }
  } else if (shift > 0) {
    if (day < daysInMonth(year, month)) day += 1;
    else if (month < 12) {
      month += 1;
      day = 1;
    } else {
      year += 1;
      month = 1;
      day = 1;
    }
  }
  return year >= 1 && year <= 9999 ? format(year, month, day) : null;
}

/** Days since 1970-01-01 to a civil date (Howard Hinnant's days_from_civil inverse). */
function fromEpochDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return format(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

function parseIso(text: string, m: RegExpExecArray): string | null {
  const year = +m[1];
  const month = +m[3];
  const day = +m[4];
  if (!isValidDate(year, month, day)) return null;
  if (m[5] === undefined) return m[2] === '-' && text.length === 10 ? text : format(year, month, day);
  const hour = +m[5];
  const minute = +m[6];
  if (hour > 23 || minute > 59 || (m[7] !== undefined && +m[7] > 59)) return null;
  let shift = 0;
  if (m[8] !== undefined) {
    const offsetHour = +m[9];
    const offsetMinute = +m[10];
    if (offsetHour > 23 || offsetMinute > 59) return null;
    // Local time minus the offset is UTC; an offset under a day moves at most one day.
    const utcMinute = hour * 60 + minute - (m[8] === '-' ? -1 : 1) * (offsetHour * 60 + offsetMinute);
    shift = utcMinute < 0 ? -1 : utcMinute >= MINUTES_PER_DAY ? 1 : 0;
  }
  return formatShifted(year, month, day, shift);
}

function parseNumeric(month: number, day: number, year: number): string | null {
  return isValidDate(year, month, day) ? format(year, month, day) : null;
}

function parseNamed(name: string, day: string, year: string): string | null {
  const month = MONTH_NAMES.get(name.toLowerCase());
  return month === undefined ? null : parseNumeric(month, +day, +year);
}

/**
 * Parses a transaction date in any form the contract accepts and returns its standard
 * `YYYY-MM-DD` form (the UTC date for date-times with a zone). Pure arithmetic: it never
 * asks `Date` to parse text and never looks at the local time zone.
 *
 * Accepted: `YYYY-MM-DD`, `YYYY/MM/DD`; those followed by `T`/`t`/space, `HH:MM`, optional
 * `:SS` then optional `.fraction` (seconds 00–59, no leap second), and an optional zone
 * `Z`/`z`, `±HH:MM` or `±HHMM`; `M/D/YYYY`; `D.M.YYYY`; `D MMM YYYY`, `MMM D YYYY` and
 * `MMM D, YYYY` with English month names, full or three letters, any case; ten-digit
 * Unix epoch seconds. Years run from 0001 to 9999.
 *
 * @param text - A text-normalized, non-empty field.
 * @returns The date as `YYYY-MM-DD`, or null for an impossible date or any other form
 *   (the row's `bad_date`).
 * @example
 * parseDate('3/7/2025'); // '2025-03-07'
 * parseDate('2025-03-01T00:30:00+02:00'); // '2025-02-28'
 * parseDate('2025-02-30'); // null
 */
export function parseDate(text: string): string | null {
  // Most dates come in the standard form already: checked digit by digit, and returned as they are.
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const year = digitsAt(text, 0, 4);
    const month = digitsAt(text, 5, 2);
    const day = digitsAt(text, 8, 2);
    if (year !== -1 && month !== -1 && day !== -1) return isValidDate(year, month, day) ? text : null;
  }
  let m: RegExpExecArray | null;
  const fifth = text.charCodeAt(4);
  if (fifth === 45 /* - */ || fifth === 47 /* / */) {
    m = ISO.exec(text);
    if (m !== null) return parseIso(text, m);
  }
  if (text.length === 10 && EPOCH.test(text)) return fromEpochDays(Math.floor(+text / SECONDS_PER_DAY));
  if ((m = US.exec(text)) !== null) return parseNumeric(+m[1], +m[2], +m[3]);
  if ((m = DOTTED.exec(text)) !== null) return parseNumeric(+m[2], +m[1], +m[3]);
  if ((m = DAY_NAME.exec(text)) !== null) return parseNamed(m[2], m[1], m[3]);
  if ((m = NAME_DAY.exec(text)) !== null) return parseNamed(m[1], m[2], m[3]);
  return null;
}
