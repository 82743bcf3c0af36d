import type { ColumnTable } from 'arquero';
import type { FileCounts } from '../contract/answers.ts';
import { TRANSACTIONS } from '../contract/stream.ts';
import type { CleanStream } from '../transform/clean-stream.ts';
import { finishStreamLoad, startStreamLoad, type LoadStreamOptions } from './load-stream.ts';
import { formatSql } from './pgp.ts';
import { sqlFile } from './sql-files.ts';
import { toCopyCsv, type CopyColumn } from './to-copy-csv.ts';
import type { WarehouseSession } from './warehouse.ts';

/** How a transactions chunk, after the field rules, is staged. */
const STAGE_COLUMNS: [string, CopyColumn][] = [
  ['batch', { from: 'batch' }], ['line', { from: 'line' }], ['raw', { from: 'raw' }], ['reason', { from: 'reason' }],
  ['transaction_id', { from: 'transaction_id' }], ['customer_id', { from: 'customer_id' }], ['subscription_id', { from: 'subscription_id' }],
  ['total_amount_cents', { from: 'total_amount_cents' }], ['currency', { from: 'currency' }], ['usd_per_unit', { from: 'usd_per_unit' }],
  ['amount_usd_cents', { from: 'amount_usd_cents' }], ['transaction_date', { from: 'transaction_date' }], ['warnings', { from: 'warnings', as: 'json' }],
];

/** Options for {@link loadStreamChunkedIn}. */
export interface LoadStreamChunkedOptions extends Omit<LoadStreamOptions, 'inputs' | 'batchFiles'> {
  /** The files the data came from, asked for once every chunk was read (the SHA-256s are known then). */
  inputs: () => LoadStreamOptions['inputs'];
  /** [batchFiles=inputs] the files kept for later merges, asked for likewise */
  batchFiles?: () => NonNullable<LoadStreamOptions['batchFiles']>;
}

/**
 * Loads Stream data whose transactions come in chunks, in bounded memory: users, products and
 * their rejects and warnings are copied from `clean`; each transactions chunk (after the field
 * rules) is copied into a staging table as it comes; then duplicates and references are resolved
 * over all of them in SQL (`sql/chunked/`), with the same rules the in-memory path applies.
 * All inside the caller's transaction.
 * @param session the open transaction
 * @param parents makes users and products cleaned in memory, with an empty transactions table;
 *   called once and not kept, so they can be freed once copied
 * @param transactions the transactions chunks, each after `cleanTransactionFields`, with `batch`
 * @param options see {@link LoadStreamChunkedOptions}
 * @returns the run's id, and the counts with those of transactions.csv filled in
 */
export async function loadStreamChunkedIn(
  session: WarehouseSession,
  parents: () => CleanStream,
  transactions: AsyncIterable<ColumnTable>,
  options: LoadStreamChunkedOptions,
): Promise<{ runId: number; counts: CleanStream['counts']; rejectedByReason: CleanStream['rejectedByReason'] }> {
  const schema = options.schema ?? 'stream';
  const progress = options.progress ?? (() => {});
  const { startedAt, ...clean } = await (async (copied: CleanStream) => {
    const started = await startStreamLoad(session, copied, { schema, progress, now: options.now });
    return { startedAt: started, counts: copied.counts, rejectedByReason: copied.rejectedByReason };
  })(parents());
  await session.exec(formatSql(sqlFile('chunked', 'stg_transactions'), { schema }));
  let staged = 0;
  for await (const chunk of transactions) {
    await session.copyCsv({ schema: 'pg_temp', table: 'stg_transactions' }, STAGE_COLUMNS.map(([name]) => name), toCopyCsv(chunk, STAGE_COLUMNS.map(([, column]) => column)));
    const before = staged;
    staged += chunk.numRows();
    // A line per 100,000 rows, however small the chunks.
    if (Math.floor(staged / 100_000) > Math.floor(before / 100_000)) progress(`  transactions.csv: ${staged.toLocaleString('en-US')} rows staged`);
  }
  if (staged % 100_000 !== 0 || staged === 0) progress(`  transactions.csv: ${staged.toLocaleString('en-US')} rows staged`);
  progress(`  resolving duplicates and references over ${staged.toLocaleString('en-US')} transactions in SQL`);
  await session.exec(formatSql(sqlFile('chunked', 'int_transactions_resolved'), { schema }));
  progress('  loading the resolved transactions, rejects and warnings');
  await session.exec(formatSql(sqlFile('chunked', 'load_transactions'), { schema }));

  const outcomes = await session.query<{ outcome: string; rows: number }>(formatSql(sqlFile('chunked', 'transaction_outcomes'), { schema }));
  const counts: FileCounts = { read: 0, loaded: 0, duplicate: 0, superseded: 0, rejected: 0 };
  const byReason: Record<string, number> = {};
  for (const { outcome, rows } of outcomes) {
    const n = Number(rows);
    counts.read += n;
    if (outcome === 'loaded' || outcome === 'duplicate' || outcome === 'superseded') counts[outcome] += n;
    else {
      counts.rejected += n;
      byReason[outcome] = n;
    }
  }
  const result = {
    counts: { ...clean.counts, [TRANSACTIONS.file]: counts },
    rejectedByReason: { ...clean.rejectedByReason, [TRANSACTIONS.file]: byReason },
  };
  const inputs = options.inputs();
  const runId = await finishStreamLoad(session, result, { ...options, inputs, batchFiles: options.batchFiles?.() ?? inputs, startedAt });
  return { runId, ...result };
}
