import type { ColumnTable } from 'arquero';
import { columnValues, reasonsOf, textColumn } from '../util/row-state.ts';

/** Options for {@link markDuplicates}. */
export interface MarkDuplicatesOptions {
  /** The primary-key column. */
  key: string;
  /** The columns that make two rows the same row: the file's required columns, after the field rules. */
  columns: readonly string[];
}

/**
 * Resolves repeated rows, as the contract orders it. First exact duplicates (equal in every
 * required column, two nulls equal): the last copy stays, the others become `duplicate`. Then
 * conflicting versions of one key: the last in file order wins (a later extract corrects an
 * earlier one), the others become `superseded`. Rows already rejected take no part.
 *
 * Walking the file backwards does both steps in one pass: a row is a duplicate when an
 * identical row comes later, otherwise superseded when its key comes later. Keys that come
 * once are left out of the walk.
 * @param table a table after the field rules
 * @param options see {@link MarkDuplicatesOptions}
 * @returns the table with `reason` set to `duplicate` or `superseded` where they apply
 * @example
 * markDuplicates(users, { key: 'customer_id', columns: USERS.columns });
 */
export function markDuplicates(table: ColumnTable, { key, columns }: MarkDuplicatesOptions): ColumnTable {
  const reasons = reasonsOf(table);
  const keys = textColumn(table, key);
  const values = columns.map((name) => columnValues(table, name));
  // Only a key that comes again can make a duplicate or a superseded row: the rows of all the
  // others are never written out for comparison, which is most of the work on a large file.
  const repeated = new Map<string, boolean>();
  for (let i = 0; i < reasons.length; i++) {
    if (reasons[i] !== null) continue;
    const id = keys[i] as string;
    repeated.set(id, repeated.has(id));
  }
  const laterKeys = new Set<string>();
  const laterRows = new Set<string>();
  for (let i = reasons.length - 1; i >= 0; i--) {
    if (reasons[i] !== null) continue;
    const id = keys[i] as string;
    if (!repeated.get(id)) continue;
    const row = JSON.stringify(values.map((column) => column[i] ?? null));
    if (laterRows.has(row)) reasons[i] = 'duplicate';
    else if (laterKeys.has(id)) reasons[i] = 'superseded';
    laterRows.add(row);
    laterKeys.add(id);
  }
  return table.assign({ reason: reasons });
}
