import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { normalizeText } from '../op/normalize-text.ts';
import { parseMonth } from '../op/parse-month.ts';
import { parseRate } from '../op/convert-to-usd.ts';
import { textColumn } from '../util/row-state.ts';

/** FX rates keyed by `CURRENCY|YYYY-MM`, each the USD value of one unit as exact decimal text. */
export type FxRates = Map<string, string>;

/** What {@link readFxRates} returns. */
export interface FxRatesResult {
  rates: FxRates;
  /** Rows skipped because they did not parse: `line`, `column`, `value`. */
  skipped: ColumnTable;
}

/**
 * Turns an `fx_rates.csv` table (as read by `loadCsv`) into a rate lookup. Codes get the text
 * rules and upper case, a repeated (currency, month) keeps the last row, and a row that does
 * not parse is skipped and reported.
 * @param table the FX file as read: `line`, `reason`, `currency`, `month`, `usd_per_unit`
 * @returns the rates and the skipped rows
 * @example
 * const { rates } = readFxRates((await loadCsv('data/reference/fx_rates.csv', FX_RATES)).table);
 * rates.get('EUR|2025-01'); // '1.0352'
 */
export function readFxRates(table: ColumnTable): FxRatesResult {
  const lines = table.array('line') as ArrayLike<number>;
  const reasons = textColumn(table, 'reason');
  const currencies = textColumn(table, 'currency');
  const months = textColumn(table, 'month');
  const values = textColumn(table, 'usd_per_unit');
  const rates: FxRates = new Map();
  const skipped: { line: number[]; column: (string | null)[]; value: (string | null)[] } = { line: [], column: [], value: [] };
  for (let i = 0; i < lines.length; i++) {
    const currency = normalizeText(currencies[i])?.toUpperCase() ?? null;
    const monthText = normalizeText(months[i]);
    const rateText = normalizeText(values[i]);
    const month = monthText === null ? null : parseMonth(monthText);
    const rate = rateText === null ? null : parseRate(rateText);
    const bad: [string | null, string | null] | null =
      reasons[i] !== null ? [null, null]
      : currency === null ? ['currency', currency]
      : month === null ? ['month', monthText]
      : rate === null ? ['usd_per_unit', rateText]
      : null;
    if (bad) {
      skipped.line.push(lines[i]);
      skipped.column.push(bad[0]);
      skipped.value.push(bad[1]);
      continue;
    }
    rates.set(`${currency}|${month}`, rate as string);
  }
  return { rates, skipped: aq.table(skipped) };
}

/**
 * Looks up the rate for a currency in a month. USD is always 1, whatever the table says.
 * @param rates the lookup from {@link readFxRates}
 * @param currency an upper-case code
 * @param month `YYYY-MM`
 * @returns the rate as decimal text, or null when there is none
 */
export function lookupRate(rates: FxRates, currency: string, month: string): string | null {
  if (currency === 'USD') return '1';
  return rates.get(`${currency}|${month}`) ?? null;
}
