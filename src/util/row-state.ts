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
  return Array.from(table.array('reason') as ArrayLike<string | null>);
}

/**
 * Copies a table's `warnings` column (each cell null or a list of warnings), or makes an
 * empty one when the table has none yet.
 * @param table any table
 * @returns a fresh, mutable array of warning lists
 */
export function warningsOf(table: ColumnTable): (RowWarning[] | null)[] {
  if (!table.columnNames().includes('warnings')) return new Array(table.numRows()).fill(null);
  return Array.from(table.array('warnings') as ArrayLike<RowWarning[] | null>, (list) => (list ? [...list] : null));
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
 * Reads a column as a plain array of nullable strings.
 * @param table any table
 * @param name the column
 * @returns the column's values
 */
export function textColumn(table: ColumnTable, name: string): (string | null)[] {
  return table.array(name) as unknown as (string | null)[];
}
