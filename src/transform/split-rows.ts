import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { FileCounts } from '../contract/answers.ts';
import type { RowWarning } from '../util/row-state.ts';
import { columnValues, textColumn } from '../util/row-state.ts';

/** Each row's batch: the `batch` column, or 1 for a table read from a single file. */
function batchesOf(table: ColumnTable): readonly number[] {
  return table.columnNames().includes('batch') ? columnValues<number>(table, 'batch') : new Array(table.numRows()).fill(1);
}

/**
 * The rows that load: no reason was given to them.
 * @param table a fully transformed table
 * @param columns the columns to keep, in order
 * @returns the loaded rows
 */
export function loadedRows(table: ColumnTable, columns: readonly string[]): ColumnTable {
  return table.filter((d: any) => d.reason === null).select([...columns]);
}

/**
 * Where the rows that load are: {@link loadedRows} as indices, for writers that read the
 * table's columns themselves.
 * @param table a fully transformed table
 * @returns the indices of the rows without a reason, in order
 */
export function loadedRowIndices(table: ColumnTable): Int32Array {
  const reasons = textColumn(table, 'reason');
  const indices = new Int32Array(reasons.length);
  let n = 0;
  for (let i = 0; i < reasons.length; i++) if (reasons[i] === null) indices[n++] = i;
  return indices.subarray(0, n);
}

/**
 * The rows that do not load, for the rejects table: `file`, `batch`, `line`, `reason`, `raw`, plus the
 * parsed `transaction_date` and `amount_usd_cents` where the table has them (null otherwise),
 * which quarantined revenue sums.
 * @param table a fully transformed table
 * @param file the file the rows came from
 * @returns one row per rejected, duplicate or superseded record, in file order
 */
export function rejectedRows(table: ColumnTable, file: string): ColumnTable {
  const names = table.columnNames();
  // The rejected rows by index: a filtered table would be scanned again for every column taken.
  const reasons = textColumn(table, 'reason');
  const rows: number[] = [];
  for (let i = 0; i < reasons.length; i++) if (reasons[i] !== null) rows.push(i);
  const take = <T,>(name: string): T[] => {
    const column = columnValues<T>(table, name);
    return rows.map((i) => column[i]);
  };
  const nulls = () => new Array(rows.length).fill(null);
  const batches = batchesOf(table);
  return aq.table({
    file: new Array(rows.length).fill(file),
    batch: rows.map((i) => batches[i]),
    line: take<number>('line'),
    reason: take<string>('reason'),
    raw: take<string>('raw'),
    transaction_date: names.includes('transaction_date') ? take<string | null>('transaction_date') : nulls(),
    amount_usd_cents: names.includes('amount_usd_cents') ? take<number | null>('amount_usd_cents') : nulls(),
  });
}

/**
 * The warnings of the rows that load, one row per warning: `file`, `batch`, `line`, `kind`, `column`, `value`.
 * @param table a fully transformed table
 * @param file the file the rows came from
 * @returns the warnings in file order
 */
export function collectWarnings(table: ColumnTable, file: string): ColumnTable {
  const out = { file: [] as string[], batch: [] as number[], line: [] as (number | null)[], kind: [] as string[], column: [] as (string | null)[], value: [] as (string | null)[] };
  if (!table.columnNames().includes('warnings')) return aq.table(out);
  const reasons = textColumn(table, 'reason');
  const lines = columnValues<number>(table, 'line');
  const batches = batchesOf(table);
  const lists = columnValues<RowWarning[] | null>(table, 'warnings');
  for (let i = 0; i < reasons.length; i++) {
    if (reasons[i] !== null || !lists[i]) continue;
    for (const warning of lists[i] as RowWarning[]) {
      out.file.push(file);
      out.batch.push(batches[i]);
      out.line.push(lines[i]);
      out.kind.push(warning.kind);
      out.column.push(warning.column);
      out.value.push(warning.value);
    }
  }
  return aq.table(out);
}

/**
 * Counts a file's rows by outcome; `read = loaded + duplicate + superseded + rejected` by construction.
 * @param table a fully transformed table
 * @returns the counts, and the rejected rows per reason
 */
export function countRows(table: ColumnTable): { counts: FileCounts; byReason: Record<string, number> } {
  const counts: FileCounts = { read: 0, loaded: 0, duplicate: 0, superseded: 0, rejected: 0 };
  const byReason: Record<string, number> = {};
  for (const reason of textColumn(table, 'reason')) {
    counts.read++;
    if (reason === null) counts.loaded++;
    else if (reason === 'duplicate' || reason === 'superseded') counts[reason]++;
    else {
      counts.rejected++;
      byReason[reason] = (byReason[reason] ?? 0) + 1;
    }
  }
  return { counts, byReason };
}
