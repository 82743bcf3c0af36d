import { TRANSACTIONS } from '../contract/stream.ts';
import { readCsvChunks } from '../ingest/read-csv.ts';
import type { ColumnTable } from 'arquero';
import type { TransactionReferences } from '../transform/check-references.ts';
import { cleanTransactionFields } from '../transform/clean-stream.ts';
import type { FxRates } from '../transform/read-fx-rates.ts';
import { settleFieldedChunk, type SettledChunk } from './settle-transaction-chunk.ts';

/** Options for {@link settleTransactionFile}. */
export interface SettleTransactionFileOptions {
  /** [rowsPerChunk=10000] records per chunk */
  rowsPerChunk?: number;
  rates: FxRates;
  /** The loaded parents' lookups, or their promise while the parents are still being cleaned. */
  references: TransactionReferences | Promise<TransactionReferences>;
  /** [batch=1] the batch the rows belong to */
  batch?: number;
  /** [readAhead=24] chunks read and put through the field rules while the references are not there yet */
  readAhead?: number;
}

/**
 * Reads transactions.csv in chunks and settles each one (`settleTransactionChunk`): the reading
 * and the field rules start at once, and only the references wait for the parents, so the file
 * is being read while the users and products are cleaned elsewhere. At most `readAhead` chunks
 * wait for them, so memory stays bounded whatever the parents cost.
 * @param path the file
 * @param options see {@link SettleTransactionFileOptions}
 * @returns the settled chunks in file order, and the file's SHA-256 once they are all read
 * @throws InputError as `readCsvChunks`, after the chunks before the problem
 * @example
 * const file = settleTransactionFile('data/raw/stream/transactions.csv', { rates, references });
 * for await (const settled of file.chunks) console.log(settled.counts);
 */
export function settleTransactionFile(path: string, options: SettleTransactionFileOptions): { chunks: AsyncGenerator<SettledChunk>; sha256: () => string } {
  const { rowsPerChunk = 10_000, rates, batch = 1, readAhead = 24 } = options;
  const reader = readCsvChunks(path, TRANSACTIONS, { rowsPerChunk });
  let references: TransactionReferences | undefined;
  const referencesComing = Promise.resolve(options.references).then((given) => (references = given));
  async function* chunks(): AsyncGenerator<SettledChunk> {
    const waiting: ColumnTable[] = [];
    async function* settleWaiting() {
      const given = references ?? (await referencesComing);
      while (waiting.length > 0) yield settleFieldedChunk(waiting.shift() as ColumnTable, { references: given, batch });
    }
    for await (const chunk of reader.chunks) {
      waiting.push(cleanTransactionFields(chunk.table, rates));
      if (references !== undefined || waiting.length >= readAhead) yield* settleWaiting();
    }
    yield* settleWaiting();
  }
  return { chunks: chunks(), sha256: reader.sha256 };
}
