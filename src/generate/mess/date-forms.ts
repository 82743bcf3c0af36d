/**
 * Every way the contract lets a transaction_date be written, and some it does not.
 * Accepted forms always name the intended UTC date, so loaded revenue does not move.
 */
import { MONTH_NAMES, addDays, toEpochSeconds, toIsoDate, type CalendarDate } from '../calendar.ts';
import type { Random } from '../random.ts';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const clock = (seconds: number): { hh: string; mm: string; ss: string } => ({
  hh: pad(Math.floor(seconds / 3600)),
  mm: pad(Math.floor(seconds / 60) % 60),
  ss: pad(seconds % 60),
});

/**
 * A date-time whose zone moves it across midnight: the local date differs from the
 * UTC date, so a loader that ignores the zone books the payment on the wrong day.
 */
function zoned(date: CalendarDate, random: Random, offsetMinutes: number, compact: boolean): string {
  const offsetSeconds = offsetMinutes * 60;
  // UTC time chosen so that UTC + offset falls on the neighbouring day.
  const utc = offsetSeconds < 0 ? random.int(0, -offsetSeconds - 1) : random.int(86400 - offsetSeconds, 86399);
  const localSeconds = utc + offsetSeconds;
  const dayShift = Math.floor(localSeconds / 86400);
  const local = addDays(date, dayShift);
  const { hh, mm, ss } = clock(localSeconds - dayShift * 86400);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const zone = `${pad(Math.floor(Math.abs(offsetMinutes) / 60))}${compact ? '' : ':'}${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${toIsoDate(local)}T${hh}:${mm}:${ss}${sign}${zone}`;
}

type Form = (date: CalendarDate, random: Random) => string;

const ymdSlash = ({ year, month, day }: CalendarDate): string => `${year}/${pad(month)}/${pad(day)}`;
const daytime = (random: Random) => clock(random.int(0, 86399));
const short = (month: number): string => MONTH_NAMES[month - 1].slice(0, 3);

/** Forms the contract accepts, by name. */
export const ACCEPTED_DATE_FORMS: Record<string, Form> = {
  slash_ymd: (d) => ymdSlash(d),
  iso_t_minutes: (d, r) => {
    const { hh, mm } = daytime(r);
    return `${toIsoDate(d)}T${hh}:${mm}`;
  },
  iso_t_seconds_z: (d, r) => {
    const { hh, mm, ss } = daytime(r);
    return `${toIsoDate(d)}T${hh}:${mm}:${ss}Z`;
  },
  // One nanosecond before midnight: a loader that rounds the fraction lands on the next day.
  iso_fraction_truncated: (d) => `${toIsoDate(d)}T23:59:59.999999999`,
  iso_lower_case_t_z: (d, r) => {
    const { hh, mm, ss } = daytime(r);
    return `${toIsoDate(d)}t${hh}:${mm}:${ss}.5z`;
  },
  iso_offset_colon: (d, r) => zoned(d, r, -300, false),
  iso_offset_compact: (d, r) => zoned(d, r, 330, true),
  iso_space_time: (d, r) => {
    const { hh, mm, ss } = daytime(r);
    return `${toIsoDate(d)} ${hh}:${mm}:${ss}`;
  },
  slash_ymd_time: (d, r) => {
    const { hh, mm } = daytime(r);
    return `${ymdSlash(d)} ${hh}:${mm}`;
  },
  us: ({ year, month, day }) => `${month}/${day}/${year}`,
  us_padded: ({ year, month, day }) => `${pad(month)}/${pad(day)}/${year}`,
  dots: ({ year, month, day }) => `${day}.${month}.${year}`,
  dots_padded: ({ year, month, day }) => `${pad(day)}.${pad(month)}.${year}`,
  d_mmm_yyyy: ({ year, month, day }) => `${day} ${short(month)} ${year}`,
  d_month_yyyy_upper: ({ year, month, day }) => `${pad(day)} ${MONTH_NAMES[month - 1].toUpperCase()} ${year}`,
  mmm_d_yyyy: ({ year, month, day }) => `${short(month)} ${day} ${year}`,
  month_d_comma_yyyy_lower: ({ year, month, day }) => `${MONTH_NAMES[month - 1].toLowerCase()} ${day}, ${year}`,
  epoch_seconds: (d, r) => String(toEpochSeconds(d) + r.int(0, 86399)),
};

/** Forms the contract rejects (`bad_date`), by name. */
export const BAD_DATE_FORMS: Record<string, Form> = {
  impossible_day: ({ year }) => `${year}-02-30`,
  // A European d/m/y: slashes are US order, so "month 25" does not exist.
  day_first_slashes: ({ year, month, day }) => `${pad(Math.max(day, 13))}/${pad(month)}/${year}`,
  two_digit_year: ({ year, month, day }) => `${month}/${day}/${String(year).slice(2)}`,
  no_separators: ({ year, month, day }) => `${year}${pad(month)}${pad(day)}`,
  epoch_milliseconds: (d) => `${toEpochSeconds(d)}000`,
  iso_week: ({ year }) => `${year}-W10-2`,
  words: () => 'N/A',
  empty: () => '',
};
