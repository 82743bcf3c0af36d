/**
 * The lines of transactions.csv, streamed: payments are made and written one at a
 * time, so a 10M-row file needs no more memory than a small one.
 */
import type { Payment } from './billing.ts';
import { createFaultPicker, toMessyLines, type FileStats } from './mess/fault-plan.ts';
import { TRANSACTION_COLUMNS, createTransactionFaults, toTransactionCells, type TransactionFaultContext } from './mess/transaction-faults.ts';
import type { Random } from './random.ts';

const FAULT_RATE = 0.025;

/** Options of {@link toTransactionsLines}. */
export interface TransactionsLinesOptions {
  /** No deliberate faults. */
  clean: boolean;
  /** Number of payments `payments` yields (spaces the faults through the file). */
  total: number;
  /** Draws which rows get faults. */
  random: Random;
  /** Filled in with what was written. */
  stats: FileStats;
  /** Ids that load and ids that exist nowhere, for references. */
  context: TransactionFaultContext;
}

/**
 * Writes payments as transactions.csv lines: the header, then one record per payment
 * plus, unless clean, the deliberate duplicates and corrections.
 *
 * @param payments the payments, in date order
 * @param options clean or messy, the total, the random stream, stats to fill in, reference ids
 * @returns the lines, without line ends
 * @example
 * const lines = toTransactionsLines(generatePayments(subs, range, 2000, r1), { clean: false, total: 2000, random: r2, stats, context });
 */
export function* toTransactionsLines(payments: Iterable<Payment>, options: TransactionsLinesOptions): Generator<string> {
  const { clean, total, random, stats, context } = options;
  yield TRANSACTION_COLUMNS.join(',');
  yield* toMessyLines(payments, {
    toCells: toTransactionCells,
    order: TRANSACTION_COLUMNS.map((_, i) => i),
    picker: clean ? null : createFaultPicker(createTransactionFaults(context), { rows: total, rate: FAULT_RATE, random }),
    random,
    stats,
  });
}
