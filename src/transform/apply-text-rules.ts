import type { ColumnTable } from 'arquero';
import { normalizeText } from '../op/normalize-text.ts';
import { textColumn } from '../util/row-state.ts';

/**
 * Applies the contract's text rules to every named column: trim, collapse runs of white
 * space to one space, and turn empty text into null. Every field gets these first.
 * @param table the table as read
 * @param columns the columns to clean
 * @returns the table with those columns cleaned
 * @example
 * applyTextRules(users, ['customer_id', 'customer_name', 'customer_email']);
 */
export function applyTextRules(table: ColumnTable, columns: readonly string[]): ColumnTable {
  const cleaned: Record<string, (string | null)[]> = {};
  for (const name of columns) cleaned[name] = textColumn(table, name).map(normalizeText);
  return table.assign(cleaned);
}
