import type { ColumnTable } from 'arquero';
import type { WarningKind } from '../contract/stream.ts';

/** A data-quality note on a kept row: which rule fired, on which column, on what value. */
export interface RowWarning {
  kind: WarningKind;
  column: string | null;
  value: string | null;
}

/**
 * Copies a table's `reason` column so a verb can reject more rows. A row keeps the first
 * reason it gets: verbs run in the contract's order, so that is the contract's precedence.
 * @param table a table with a `reason` column (null where the row is still good)
 * @returns a fresh, mutable array of reasons
 */
export function reasonsOf(table: ColumnTable): (string | null)[] {
  return textColumn(table, 'reason').slice();
}

/**
 * Copies a table's `warnings` column (each cell null or a list of warnings), or makes an
 * empty one when the table has none yet.
 * @param table any table
 * @returns a fresh, mutable array of warning lists
 */
export function warningsOf(table: ColumnTable): (RowWarning[] | null)[] {
  if (!table.columnNames().includes('warnings')) return new Array(table.numRows()).fill(null);
  return columnValues<RowWarning[] | null>(table, 'warnings').map((list) => (list ? [...list] : null));
}

/**
 * Adds a warning to row `i`.
 * @param warnings the array from {@link warningsOf}
 * @param i the row index
 * @param warning the warning to add
 */
export function addWarning(warnings: (RowWarning[] | null)[], i: number, warning: RowWarning): void {
  (warnings[i] ??= []).push(warning);
}

/**
 * A column's values as an array, to read and never to change: the table's own array where the
 * table is neither filtered nor ordered (Arquero's `array()` copies it value by value through a
 * callback, which costs more than most of the rules that read it), else that copy.
 * @param table any table
 * @param name the column
 * @returns the column's values, in the table's row order
 */
export function columnValues<T = unknown>(table: ColumnTable, name: string): readonly T[] {
  const column = table.column(name) as unknown;
  if (Array.isArray(column) && !table.isFiltered() && !table.isOrdered()) return column as T[];
  return table.array(name) as unknown as T[];
}

/**
 * Reads a column as an array of nullable strings, to read and never to change (see {@link columnValues}).
 * @param table any table
 * @param name the column
 * @returns the column's values
 */
export function textColumn(table: ColumnTable, name: string): readonly (string | null)[] {
  return columnValues<string | null>(table, name);
}
