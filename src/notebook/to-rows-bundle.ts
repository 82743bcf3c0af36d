import { display } from './display.ts';
import type { MimeBundle } from './notebook-format.ts';
import { toGridBundle, type TableBundleOptions } from './to-table-bundle.ts';

/** Options for {@link toRowsBundle} and {@link showRows}. */
export interface RowsBundleOptions extends TableBundleOptions {
  /** Column names in order, needed when the result has no rows [=the keys of the first row, then of later rows]. */
  columns?: string[];
}

/**
 * Renders SQL result rows (objects keyed by column name, as pg-promise and PGlite return them) as the
 * same table MIME bundle as an Arquero table.
 * @param rows The result rows.
 * @param options Column order, row limit and caption.
 * @returns `{ 'text/html': …, 'text/plain': … }`.
 * @example
 * toRowsBundle(await db.any('select * from marts.fct_orders limit 5'));
 */
export function toRowsBundle(objects: readonly object[], { columns, ...options }: RowsBundleOptions = {}): MimeBundle {
  // Any object will do (typed answers included), read as column name → value.
  const rows = objects as readonly Record<string, unknown>[];
  const names = columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const grid = names.map((name) => ({ name, values: rows.map((row) => row[name]) }));
  return toGridBundle(grid, rows.length, options);
}

/**
 * Shows SQL result rows as the cell's output (see {@link toRowsBundle}).
 * @param rows The result rows.
 * @param options Column order, row limit and caption.
 * @example
 * showRows(await answerQuestion(db, 'monthly_revenue'), { caption: 'Revenue by month' });
 */
export function showRows(rows: readonly object[], options: RowsBundleOptions = {}): void {
  display(toRowsBundle(rows, options));
}
