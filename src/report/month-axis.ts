import type { ReportData } from '../contract/answers.ts';
import { formatDate, formatMonth } from './format.ts';

/** What the month charts need to know about the window. */
export type WindowData = Pick<ReportData, 'answers' | 'last_month_partial'>;

/**
 * The partial month of the window, if the as-of date falls before its end.
 * @param data the answers and the partial flag
 * @returns the `YYYY-MM` month, or null when every window month is complete
 * @example partialMonth(data) // "2025-06"
 */
export function partialMonth(data: WindowData): string | null {
  const { window } = data.answers;
  return data.last_month_partial && window.length ? window[window.length - 1] : null;
}

/**
 * A sentence that names the partial month, for subtitles and footnotes.
 * @param data the answers and the partial flag
 * @returns e.g. "* June 2025 is partial: through June 14, 2025.", or "" when none is
 * @example partialMonthNote(data)
 */
export function partialMonthNote(data: WindowData): string {
  const month = partialMonth(data);
  return month ? `* ${formatMonth(month)} is partial: through ${formatDate(data.answers.as_of)}.` : '';
}

/**
 * Tick labels for window months on two lines, "Jun*" and "2025", the star marking the
 * partial month.
 * @param data the answers and the partial flag
 * @returns a Plot `tickFormat` function
 * @example Plot.axisX({tickFormat: monthTickFormat(data)})
 */
export function monthTickFormat(data: WindowData): (month: string) => string {
  const partial = partialMonth(data);
  return (month) => `${formatMonth(month, { style: 'month' })}${month === partial ? '*' : ''}\n${month.slice(0, 4)}`;
}
