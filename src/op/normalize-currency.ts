import type { CurrencySymbol } from './parse-amount.ts';

/**
 * Decides a transaction's currency code: an explicit code, upper-cased, wins over the
 * amount's symbol; without one, `$` means USD, `€` EUR and `£` GBP. Whether the code
 * has a rate is the FX lookup's business, not this function's.
 *
 * @param code - The text-normalized currency field, or null when it was empty.
 * @param symbol - The symbol parsed from the amount, or null when it had none.
 * @returns The currency code, or null when neither gives one (the row's `bad_currency`).
 * @example
 * normalizeCurrency('eur', '$'); // 'EUR'
 * normalizeCurrency(null, '£'); // 'GBP'
 * normalizeCurrency(null, null); // null
 */
export function normalizeCurrency(code: string | null, symbol: CurrencySymbol | null): string | null {
  if (code !== null && code !== '') return code.toUpperCase();
  switch (symbol) {
    case '$':
      return 'USD';
    case '€':
      return 'EUR';
    case '£':
      return 'GBP';
    default:
      return null;
  }
}
