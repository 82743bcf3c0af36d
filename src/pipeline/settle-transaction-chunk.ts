import type { ColumnTable } from 'arquero';
import type { FileCounts } from '../contract/answers.ts';
import { TRANSACTIONS } from '../contract/stream.ts';
import { toCopyPayload, type CopyPayload } from '../load/copy-payload.ts';
import { rejectOrphanTransactions, type TransactionReferences } from '../transform/check-references.ts';
import { cleanTransactionFields } from '../transform/clean-stream.ts';
import type { FxRates } from '../transform/read-fx-rates.ts';
import { collectWarnings, countRows, loadedRowIndices, rejectedRows } from '../transform/split-rows.ts';
import { transactionKeysOf, type TransactionKeys } from '../transform/index-transaction-keys.ts';

/** A chunk of transactions.csv with every rule that needs no other row applied, ready to copy. */
export interface SettledChunk {
  /** The rows that load, for `transactions`. */
  transactions: CopyPayload;
  /** The rows a field rule or a reference rejected, for `rejects`. */
  rejects: CopyPayload;
  /** The loaded rows' warnings, for the staging table that holds them back. */
  warnings: CopyPayload;
  counts: FileCounts;
  byReason: Record<string, number>;
  /** The keys of the rows no field rule rejected, in file order, for the key index, with their lines and spans. */
  keys: TransactionKeys;
}

/** What every chunk is settled against. */
export interface SettleContext {
  rates: FxRates;
  references: TransactionReferences;
  /** [batch=1] the batch the rows belong to */
  batch?: number;
}

/**
 * Takes one chunk of transactions.csv as far as a chunk alone allows: the field rules, then the
 * references, then the text COPY wants. Duplicates are left to the key index. Pure, so it can
 * run in a worker thread while the main thread copies the last chunk.
 * @param chunk a chunk as `readCsvChunks` reads it
 * @param context the FX rates and the loaded parents' lookups
 * @returns the payloads, the counts, and the keys for the index
 * @example
 * const settled = settleTransactionChunk(chunk.table, { rates, references: referencesOf(parents) });
 */
export function settleTransactionChunk(chunk: ColumnTable, context: SettleContext): SettledChunk {
  return settleFieldedChunk(cleanTransactionFields(chunk, context.rates), context);
}

/**
 * {@link settleTransactionChunk} for a chunk that went through `cleanTransactionFields` already:
 * the field rules need no parents, so a chunk can get them while the parents are still being cleaned.
 * @param fielded a chunk after `cleanTransactionFields`
 * @param context the loaded parents' lookups (the rates are not used again)
 * @returns as {@link settleTransactionChunk}
 */
export function settleFieldedChunk(fielded: ColumnTable, { references, batch = 1 }: Pick<SettleContext, 'references' | 'batch'>): SettledChunk {
  const settled = rejectOrphanTransactions(fielded.assign({ batch: new Array<number>(fielded.numRows()).fill(batch) }), references);
  const { counts, byReason } = countRows(settled);
  return {
    transactions: toCopyPayload('transactions', settled, loadedRowIndices(settled)),
    rejects: toCopyPayload('rejects', rejectedRows(settled, TRANSACTIONS.file)),
    warnings: toCopyPayload('warnings', collectWarnings(settled, TRANSACTIONS.file)),
    counts,
    byReason,
    keys: transactionKeysOf(fielded),
  };
}
