import type { ColumnTable } from 'arquero';
import { parseDate } from '../op/parse-date.ts';
import { reasonsOf, textColumn } from '../util/row-state.ts';

/**
 * Puts a date column into the standard form `YYYY-MM-DD`, rejecting rows whose date is
 * empty, impossible, or in a form the contract does not accept (`bad_date`).
 * Rows rejected earlier get their date parsed too: quarantined revenue needs it.
 * @param table a table after the text rules
 * @param column the date column
 * @returns the table with the column standardized
 * @example
 * parseDates(transactions, 'transaction_date');
 */
export function parseDates(table: ColumnTable, column: string): ColumnTable {
  const reasons = reasonsOf(table);
  const dates = textColumn(table, column).map((text, i) => {
    const date = text === null ? null : parseDate(text);
    if (date === null) reasons[i] ??= 'bad_date';
    return date;
  });
  return table.assign({ [column]: dates, reason: reasons });
}
