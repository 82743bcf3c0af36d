import type { ColumnTable } from 'arquero';
import { reasonsOf, textColumn } from '../util/row-state.ts';

/**
 * Rejects rows whose primary key is empty (`missing_id`).
 * @param table a table after the text rules
 * @param key the primary-key column
 * @returns the table with those rows' `reason` set
 * @example
 * rejectMissingKeys(transactions, 'transaction_id');
 */
export function rejectMissingKeys(table: ColumnTable, key: string): ColumnTable {
  const keys = textColumn(table, key);
  const reasons = reasonsOf(table);
  for (let i = 0; i < reasons.length; i++) if (keys[i] === null) reasons[i] ??= 'missing_id';
  return table.assign({ reason: reasons });
}
