import type { FileCounts } from '../contract/answers.ts';
import { TRANSACTIONS } from '../contract/stream.ts';
import type { CleanStream } from '../transform/clean-stream.ts';
import type { RepeatedTransactions } from '../transform/resolve-repeated-transactions.ts';
import { rejectedRows } from '../transform/split-rows.ts';
import type { SettledChunk } from '../pipeline/settle-transaction-chunk.ts';
import { toCopyPayload, type CopyPayload } from './copy-payload.ts';
import { copyRows, finishStreamLoad, keepBatchFiles, startStreamLoad, type LoadStreamOptions } from './load-stream.ts';
import { recordBatchSha256 } from './input-batches.ts';
import { formatSql } from './pgp.ts';
import { sqlFile } from './sql-files.ts';
import type { WarehouseSession } from './warehouse.ts';

/** Options for {@link loadStreamChunkedIn}. */
export interface LoadStreamChunkedOptions extends Omit<LoadStreamOptions, 'inputs' | 'batchFiles'> {
  /** The files the data came from, asked for once every chunk was read (the SHA-256s are known then). */
  inputs: () => LoadStreamOptions['inputs'];
  /**
   * The files kept for later merges. They are copied while the transactions chunks are read, when
   * the database has time to spare, so transactions.csv's SHA-256 (null here) is taken from
   * `inputs` at the end.
   */
  batchFiles: NonNullable<LoadStreamOptions['batchFiles']>;
  /** Asked once every chunk was copied: the rows a later row with their key displaced (see `resolveRepeatedTransactions`). */
  repeats: () => Promise<RepeatedTransactions>;
  /** [rowsPerCopy=100000] rows of transactions.csv gathered into each COPY */
  rowsPerCopy?: number;
}

const FILE = TRANSACTIONS.file;

/**
 * Loads Stream data whose transactions come in chunks, in bounded memory. Users, products and
 * their rejects and warnings are copied from `parents`. Each transactions chunk, after the field
 * rules and the references, is copied straight into `transactions` and `rejects` as it comes,
 * every row taken at face value; then the few rows that a later row with the same key displaced
 * are moved to the rejects as duplicates or superseded. The warehouse ends as the in-memory
 * path leaves it, row for row. All inside the caller's transaction.
 * @param session the open transaction
 * @param parents makes users and products cleaned in memory, with an empty transactions table;
 *   called once and not kept, so they can be freed once copied
 * @param transactions the transactions chunks, each settled by `settleTransactionChunk`
 * @param options see {@link LoadStreamChunkedOptions}
 * @returns the run's id, and the counts with those of transactions.csv filled in
 */
export async function loadStreamChunkedIn(
  session: WarehouseSession,
  parents: () => CleanStream,
  transactions: AsyncIterable<SettledChunk>,
  options: LoadStreamChunkedOptions,
): Promise<{ runId: number; counts: CleanStream['counts']; rejectedByReason: CleanStream['rejectedByReason'] }> {
  const schema = options.schema ?? 'stream';
  const progress = options.progress ?? (() => {});
  const { startedAt, ...clean } = await (async (copied: CleanStream) => {
    const started = await startStreamLoad(session, copied, { schema, progress, now: options.now });
    return { startedAt: started, counts: copied.counts, rejectedByReason: copied.rejectedByReason };
  })(parents());
  await session.exec(formatSql(sqlFile('chunked', 'stg_transaction_warnings'), { schema }));

  const counts: FileCounts = { read: 0, loaded: 0, duplicate: 0, superseded: 0, rejected: 0 };
  const byReason: Record<string, number> = {};
  const tally = (reason: string, by: number) => {
    if (reason === 'loaded' || reason === 'duplicate' || reason === 'superseded') counts[reason] += by;
    else {
      counts.rejected += by;
      byReason[reason] = (byReason[reason] ?? 0) + by;
      if (byReason[reason] === 0) delete byReason[reason];
    }
  };
  // Chunks are copied in groups of about `rowsPerCopy` rows: a COPY statement per 10,000 rows costs
  // the database round trips and per-statement work that one per 100,000 does not. Each group's
  // copies run while Node reads and cleans the next chunks, so Node and PostgreSQL work side by side.
  const rowsPerCopy = options.rowsPerCopy ?? 100_000;
  const targets = [{ schema, table: 'transactions' }, { schema, table: 'rejects' }, { schema: 'pg_temp', table: 'stg_transaction_warnings' }];
  let group: CopyPayload[] = [];
  let grouped = 0;
  // The input files go first: they are copied while the first group of chunks is settled.
  const batch = options.batch ?? 1;
  let copying: Promise<void> = keepBatchFiles(session, { schema, batch, batchFiles: options.batchFiles, progress });
  copying.catch(() => undefined);
  const flush = async () => {
    const payloads = group;
    group = [];
    grouped = 0;
    await copying;
    copying = (async () => {
      for (let t = 0; t < targets.length; t++) await copyRows(session, targets[t], payloads[t]);
    })();
    // Its failure is awaited with the next group or below; until then it must not count as unhandled.
    copying.catch(() => undefined);
  };
  try {
    for await (const chunk of transactions) {
      const payloads = [chunk.transactions, chunk.rejects, chunk.warnings];
      group = group.length === 0 ? payloads : group.map((payload, t) => ({ columns: payload.columns, chunks: payload.chunks.concat(payloads[t].chunks) }));
      grouped += chunk.counts.read;
      const before = counts.read;
      counts.read += chunk.counts.read;
      tally('loaded', chunk.counts.loaded);
      for (const [reason, n] of Object.entries(chunk.byReason)) tally(reason, n);
      if (grouped >= rowsPerCopy) await flush();
      // A line per 100,000 rows, however small the chunks.
      if (Math.floor(counts.read / 100_000) > Math.floor(before / 100_000)) progress(`  transactions.csv: ${counts.read.toLocaleString('en-US')} rows read`);
    }
    if (group.length > 0) await flush();
  } finally {
    // A read that fails mid-file still lets the copy under way finish before the rollback.
    await copying.catch(() => undefined);
  }
  await copying;
  if (counts.read % 100_000 !== 0 || counts.read === 0) progress(`  transactions.csv: ${counts.read.toLocaleString('en-US')} rows read`);

  const { displaced, firstOutcomes } = await options.repeats();
  const lines = Array.from(displaced.array('line') as ArrayLike<number>);
  const reasons = Array.from(displaced.array('reason') as ArrayLike<string>);
  const wasLoaded = lines.filter((_, i) => firstOutcomes[i] === null);
  progress(`  settling ${lines.length.toLocaleString('en-US')} rows displaced by a later row with the same transaction_id`);
  await session.exec(
    formatSql(sqlFile('chunked', 'remove_displaced_transactions'), { schema, batch, loaded_lines: wasLoaded, rejected_lines: lines.filter((_, i) => firstOutcomes[i] !== null) }),
  );
  await copyRows(session, { schema, table: 'rejects' }, toCopyPayload('rejects', rejectedRows(displaced, FILE)));
  await session.exec(formatSql(sqlFile('chunked', 'load_transaction_warnings'), { schema, displaced_lines: wasLoaded }));
  firstOutcomes.forEach((first, i) => {
    tally(first ?? 'loaded', -1);
    tally(reasons[i], 1);
  });

  const result = {
    counts: { ...clean.counts, [FILE]: counts },
    rejectedByReason: { ...clean.rejectedByReason, [FILE]: byReason },
  };
  const inputs = options.inputs();
  for (const kept of options.batchFiles) {
    const sha256 = inputs.find((input) => input.path === kept.path)?.sha256;
    if (kept.sha256 === null && sha256) await recordBatchSha256(session, schema, batch, kept.file, sha256);
  }
  const runId = await finishStreamLoad(session, result, { ...options, inputs, batchFiles: options.batchFiles, batchStored: true, startedAt });
  return { runId, ...result };
}
