import type { ColumnTable } from 'arquero';
import { parseAmount } from '../op/parse-amount.ts';
import { reasonsOf, textColumn } from '../util/row-state.ts';

/**
 * Parses a money column into whole cents, rejecting rows the contract's amount grammar does
 * not accept (`bad_amount`). The column `<column>` is replaced by `<column>_cents` (a number)
 * and `<column>_symbol` (`$`, `€`, `£` or null), which currency inference needs.
 * @param table a table after the text rules
 * @param column the amount column, e.g. `total_amount`
 * @returns the table with the parsed columns in place of the text one
 * @example
 * parseAmounts(transactions, 'total_amount'); // adds total_amount_cents, total_amount_symbol
 */
export function parseAmounts(table: ColumnTable, column: string): ColumnTable {
  const reasons = reasonsOf(table);
  const texts = textColumn(table, column);
  const cents: (number | null)[] = new Array(texts.length);
  const symbols: (string | null)[] = new Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const parsed = texts[i] === null ? null : parseAmount(texts[i] as string);
    cents[i] = parsed?.cents ?? null;
    symbols[i] = parsed?.symbol ?? null;
    if (parsed === null) reasons[i] ??= 'bad_amount';
  }
  return table
    .assign({ [`${column}_cents`]: cents, [`${column}_symbol`]: symbols, reason: reasons })
    .select(table.columnNames().filter((name) => name !== column).concat([`${column}_cents`, `${column}_symbol`]));
}
