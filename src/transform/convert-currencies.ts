import type { ColumnTable } from 'arquero';
import { normalizeCurrency } from '../op/normalize-currency.ts';
import { convertToUsd } from '../op/convert-to-usd.ts';
import type { CurrencySymbol } from '../op/parse-amount.ts';
import { columnValues, reasonsOf, textColumn } from '../util/row-state.ts';
import { lookupRate, type FxRates } from './read-fx-rates.ts';

/**
 * Settles each transaction's currency and converts its amount to USD at the rate of the
 * transaction's calendar month. An explicit code wins over the amount's symbol; no code and no
 * symbol, or a code without a rate that month, rejects the row (`bad_currency`).
 * Runs after {@link parseDates} and {@link parseAmounts}: it needs `transaction_date`,
 * `total_amount_cents` and `total_amount_symbol`. Adds `usd_per_unit` and `amount_usd_cents`,
 * which stay null where the amount, currency or date did not parse.
 * @param table transactions after the date and amount rules
 * @param rates the FX lookup
 * @returns the table with `currency` settled and the USD columns added
 * @example
 * convertCurrencies(transactions, rates);
 */
export function convertCurrencies(table: ColumnTable, rates: FxRates): ColumnTable {
  const reasons = reasonsOf(table);
  const codes = textColumn(table, 'currency');
  const symbols = textColumn(table, 'total_amount_symbol') as (CurrencySymbol | null)[];
  const dates = textColumn(table, 'transaction_date');
  const cents = columnValues<number | null>(table, 'total_amount_cents');
  const n = reasons.length;
  const currencies: (string | null)[] = new Array(n);
  const usdPerUnit: (string | null)[] = new Array(n);
  const amountUsd: (number | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const currency = normalizeCurrency(codes[i], symbols[i]);
    const date = dates[i];
    const rate = currency !== null && date !== null ? lookupRate(rates, currency, date.slice(0, 7)) : null;
    currencies[i] = currency;
    usdPerUnit[i] = rate;
    amountUsd[i] = rate !== null && cents[i] !== null ? convertToUsd(cents[i] as number, rate) : null;
    // Without a date the month is unknown; such a row is already `bad_date`, which comes first.
    if (currency === null || (date !== null && rate === null)) reasons[i] ??= 'bad_currency';
  }
  return table.assign({ currency: currencies, usd_per_unit: usdPerUnit, amount_usd_cents: amountUsd, reason: reasons });
}
