import type { CsvInput } from './read-csv.ts';

/**
 * Stacks the batches of one file, oldest first, as if they were one file: each row keeps the
 * line it has in its own batch and gains `batch` (1-based). File order is batch order, so a
 * later extract's version of a key comes later, as the duplicate rules need.
 * @param batches the same file as read from each batch, oldest first (at least one)
 * @returns one input: the rows of all batches, the newest batch's SHA-256, every unknown column
 * @example
 * const transactions = concatBatches([january.transactions, february.transactions]);
 */
export function concatBatches(batches: readonly CsvInput[]): CsvInput {
  if (batches.length === 0) throw new Error('concatBatches needs at least one batch');
  const tables = batches.map((input, i) => input.table.assign({ batch: new Array<number>(input.table.numRows()).fill(i + 1) }));
  const newest = batches[batches.length - 1];
  return {
    file: newest.file,
    sha256: newest.sha256,
    table: tables.length === 1 ? tables[0] : tables[0].concat(...tables.slice(1)),
    unknownColumns: [...new Set(batches.flatMap((input) => input.unknownColumns))],
  };
}
