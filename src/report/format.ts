/**
 * Display formatting for the report. The locale is fixed to en-US and nothing reads the
 * clock or the time zone, so the same numbers give the same text on every machine.
 */

const LOCALE = 'en-US';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** What to show where a value is missing (null, undefined, NaN). */
export const MISSING = '—';

/** Options for {@link formatUsd}. */
export interface FormatUsdOptions {
  /** Digits after the decimal point [2]. */
  decimals?: number;
  /** Abbreviate thousands, millions and billions as K, M, B (`$12.3K`) [false]. */
  compact?: boolean;
}

// Rounding first keeps "-0" and "-$0.00" out of the report.
function rounded(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const result = Math.round(Math.abs(value) * factor) / factor;
  return value < 0 && result !== 0 ? -result : result;
}

function isMissing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

/**
 * Formats an amount of US dollars, e.g. `-$1,234.50`.
 * @param value amount in USD; null shows as an em dash
 * @param options decimals and compact notation
 * @returns the formatted amount
 * @example formatUsd(1234.5) // "$1,234.50"; formatUsd(98765, {compact: true}) // "$98.8K"
 */
export function formatUsd(value: number | null | undefined, { decimals = 2, compact = false }: FormatUsdOptions = {}): string {
  if (isMissing(value)) return MISSING;
  let amount = value;
  let suffix = '';
  if (compact) {
    // Largest step whose rounded value stays >= 1, so 999,950 reads "$1M", not "$1,000K".
    for (const [size, name] of [[1e9, 'B'], [1e6, 'M'], [1e3, 'K']] as const) {
      const scaled = value / size;
      if (Math.abs(scaled) >= 0.995 && Math.abs(rounded(scaled, Math.abs(scaled) < 100 ? 1 : 0)) >= 1) {
        amount = scaled;
        suffix = name;
        break;
      }
    }
    decimals = suffix && Math.abs(amount) < 100 && !Number.isInteger(rounded(amount, 1)) ? 1 : 0;
  }
  const number = new Intl.NumberFormat(LOCALE, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: true,
  }).format(Math.abs(rounded(amount, decimals)));
  return `${rounded(amount, decimals) < 0 ? '-' : ''}$${number}${suffix}`;
}

/** Options for {@link formatPercent}. */
export interface FormatPercentOptions {
  /** Digits after the decimal point [1]. */
  decimals?: number;
  /** Prefix positive values with `+` [true]. */
  signed?: boolean;
}

/**
 * Formats a percentage given in percent units (12.5 means 12.5%).
 * @param value percent; null shows as an em dash
 * @param options decimals and sign
 * @returns the formatted percentage, e.g. `+12.5%` or `-3.0%`
 * @example formatPercent(12.345) // "+12.3%"; formatPercent(-4, {decimals: 2}) // "-4.00%"
 */
export function formatPercent(value: number | null | undefined, { decimals = 1, signed = true }: FormatPercentOptions = {}): string {
  if (isMissing(value)) return MISSING;
  const shown = rounded(value, decimals);
  const sign = shown < 0 ? '-' : signed && shown > 0 ? '+' : '';
  return `${sign}${Math.abs(shown).toFixed(decimals)}%`;
}

/**
 * Formats a count with thousands separators.
 * @param value a whole number
 * @returns e.g. `12,345`
 * @example formatCount(12345) // "12,345"
 */
export function formatCount(value: number | null | undefined): string {
  if (isMissing(value)) return MISSING;
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }).format(value);
}

/** Options for {@link formatMonth}. */
export interface FormatMonthOptions {
  /** `long` gives "June 2025", `short` "Jun 2025", `month` "Jun" ['long']. */
  style?: 'long' | 'short' | 'month';
}

/**
 * Formats a `YYYY-MM` month. Parsed by hand, so no time zone can shift it.
 * @param month a month as `YYYY-MM`
 * @param options the style
 * @returns e.g. `June 2025`; text that is not a month is returned unchanged
 * @example formatMonth('2025-06', {style: 'short'}) // "Jun 2025"
 */
export function formatMonth(month: string, { style = 'long' }: FormatMonthOptions = {}): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const index = match ? Number(match[2]) - 1 : -1;
  if (!match || index < 0 || index > 11) return month;
  const name = style === 'long' ? MONTHS[index] : MONTHS[index].slice(0, 3);
  return style === 'month' ? name : `${name} ${match[1]}`;
}

/**
 * Formats a `YYYY-MM-DD` date as US English prose.
 * @param date a date as `YYYY-MM-DD`
 * @returns e.g. `June 14, 2025`; text that is not a date is returned unchanged
 * @example formatDate('2025-06-14') // "June 14, 2025"
 */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const index = match ? Number(match[2]) - 1 : -1;
  if (!match || index < 0 || index > 11) return date;
  return `${MONTHS[index]} ${Number(match[3])}, ${match[1]}`;
}

/**
 * Formats the span of a list of `YYYY-MM` months, e.g. `Jan–Jun 2025` or `Nov 2024–Apr 2025`.
 * @param months months in order
 * @returns the span, or an empty string for no months
 * @example formatMonthRange(['2025-01', '2025-06']) // "Jan–Jun 2025"
 */
export function formatMonthRange(months: readonly string[]): string {
  if (months.length === 0) return '';
  const first = months[0];
  const last = months[months.length - 1];
  if (first === last) return formatMonth(first, { style: 'short' });
  if (first.slice(0, 4) === last.slice(0, 4)) return `${formatMonth(first, { style: 'month' })}–${formatMonth(last, { style: 'short' })}`;
  return `${formatMonth(first, { style: 'short' })}–${formatMonth(last, { style: 'short' })}`;
}
