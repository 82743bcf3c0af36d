import type { CleanStream } from '../transform/clean-stream.ts';
import { formatSql } from './pgp.ts';
import { sqlFile, sqlFiles } from './sql-files.ts';
import { TABLES, toLazyPayload, type CopyPayload } from './copy-payload.ts';
import type { Warehouse, WarehouseSession } from './warehouse.ts';
import { storeBatch, type BatchFile } from './input-batches.ts';
import { lockSchema } from './locks.ts';

/** Options for {@link loadStream}. */
export interface LoadStreamOptions {
  /** [schema='stream'] the PostgreSQL schema that holds the case's tables */
  schema?: string;
  /** The files the data came from, recorded in `load_runs`. */
  inputs: { file: string; path: string; sha256: string; rows: number }[];
  /** [timings={}] milliseconds per stage so far, recorded in `load_runs` */
  timings?: Record<string, number>;
  /** [version='0.0.0'] etlbook's version, recorded in `load_runs` */
  version?: string;
  /** [now=() => new Date()] the clock, for `load_runs` */
  now?: () => Date;
  /** [mode='replace'] recorded in `load_runs`; `replace` also forgets the batches loaded before */
  mode?: 'replace' | 'merge';
  /** [batch=1] this load's batch number */
  batch?: number;
  /** [batchFiles=inputs] the files kept in `input_files` for later merges */
  batchFiles?: BatchFile[];
  /** [progress=() => {}] called with a line before each long step */
  progress?: (message: string) => void;
  /**
   * Called once the keys are being added: the database works for a second or more while Node
   * only waits, a moment for work that would otherwise hold up a later step (the CLI loads what
   * the report's charts are drawn with).
   */
  meanwhile?: () => void;
}

/** What a load did. */
export interface LoadResult {
  runId: number;
  /** Milliseconds the load transaction took. */
  ms: number;
}

/**
 * Copies a payload from {@link toCopyPayload} into its table, or into a staging table of the same columns.
 * @param session the load's transaction
 * @param target the schema-qualified table
 * @param payload the columns and the text
 */
export async function copyRows(session: WarehouseSession, target: { schema: string; table: string }, payload: CopyPayload): Promise<void> {
  if (payload.chunks.length > 0) await session.copyCsv(target, payload.columns, payload.chunks);
}

/** The marts, built from `sql/marts/` in dependency order. */
const MARTS: { name: string; as: 'view' | 'table'; key?: string }[] = [
  { name: 'fct_transactions', as: 'view' },
  { name: 'dim_customers', as: 'table', key: 'customer_id' },
];

async function buildMarts(session: WarehouseSession, schema: string): Promise<void> {
  for (const mart of MARTS) {
    const select = formatSql(sqlFile('marts', mart.name), { schema });
    await session.exec(`${formatSql('create $<as:raw> $<schema:name>.$<name:name> as ', { ...mart, schema })}${select}`);
    if (mart.key) await session.exec(formatSql('alter table $<schema:name>.$<name:name> add primary key ($<key:name>)', { ...mart, schema }));
  }
}

/**
 * Loads cleaned Stream data into the warehouse, replacing what the schema held: tables with
 * their keys and checks, bulk COPY for every row, the marts, the batch's input files and a
 * `load_runs` record. It is one transaction, so a failure at any point leaves the database
 * exactly as it was, and two runs on one schema queue on an advisory lock instead of interleaving.
 * @param warehouse where to load
 * @param clean the output of `cleanStream`
 * @param options see {@link LoadStreamOptions}
 * @returns the run's id
 * @example
 * await loadStream(warehouse, cleanStream(inputs), { inputs: inputs.files });
 */
export async function loadStream(warehouse: Warehouse, clean: CleanStream, options: LoadStreamOptions): Promise<LoadResult> {
  const started = performance.now();
  const runId = await warehouse.transaction((session) => loadStreamIn(session, clean, options));
  return { runId, ms: performance.now() - started };
}

/**
 * {@link loadStream} inside a transaction the caller holds, for work that must share it (a
 * merge reads the stored batches and loads under one lock).
 * @param session the open transaction
 * @param clean the output of `cleanStream`
 * @param options see {@link LoadStreamOptions}
 * @returns the run's id
 */
export async function loadStreamIn(session: WarehouseSession, clean: CleanStream, options: LoadStreamOptions): Promise<number> {
  const startedAt = await startStreamLoad(session, clean, options);
  return finishStreamLoad(session, clean, { ...options, startedAt });
}

/**
 * The first half of a load: takes the schema's lock, rebuilds the tables, and copies every
 * table of `clean` in. Exported for loaders that add rows in between (see `loadStreamChunkedIn`).
 * @param session the open transaction
 * @param clean what to copy
 * @param options see {@link LoadStreamOptions}; only `schema`, `progress` and `now` are used
 * @returns when the lock was granted: the load's start, as `load_runs` records it
 */
export async function startStreamLoad(session: WarehouseSession, clean: CleanStream, options: Pick<LoadStreamOptions, 'schema' | 'progress' | 'now'>): Promise<Date> {
  const schema = options.schema ?? 'stream';
  await lockSchema(session, schema);
  const startedAt = (options.now ?? (() => new Date()))();
  for (const [, file] of sqlFiles.schema) await session.exec(formatSql(file, { schema }));
  for (const { table, rows } of TABLES) {
    if (rows(clean).numRows() > 0) options.progress?.(`  copying ${rows(clean).numRows().toLocaleString('en-US')} rows into ${table}`);
    const { columns, chunks } = toLazyPayload(table, rows(clean));
    await session.copyCsv({ schema, table }, columns, chunks);
  }
  return startedAt;
}

/**
 * The second half of a load: keys and indexes, the marts, the batch's files, and the
 * `load_runs` record with `clean`'s counts.
 * @param session the open transaction, after {@link startStreamLoad}
 * @param clean its counts and rejects per reason are recorded
 * @param options see {@link LoadStreamOptions}; `startedAt` is when the load began; `batchStored`
 *   [false] when {@link keepBatchFiles} ran already
 * @returns the run's id
 */
export async function finishStreamLoad(
  session: WarehouseSession,
  clean: Pick<CleanStream, 'counts' | 'rejectedByReason'>,
  options: LoadStreamOptions & { startedAt: Date; batchStored?: boolean },
): Promise<number> {
  const { schema = 'stream', inputs, timings = {}, version = '0.0.0', now = () => new Date(), mode = 'replace', batch = 1, batchFiles = inputs, startedAt, progress = () => {} } = options;
  progress('  adding keys and indexes');
  // One round trip for every key file, so that the work below fills the whole wait.
  const keys = session.exec([...sqlFiles.keys].map(([, file]) => formatSql(file, { schema })).join('\n'));
  // Once the statements are on their way, not before: the work must not delay the keys themselves.
  if (options.meanwhile) setImmediate(options.meanwhile);
  await keys;
  progress('  building the marts');
  await buildMarts(session, schema);
  if (!options.batchStored) await keepBatchFiles(session, { schema, mode, batch, batchFiles, progress });
  const [run] = await session.query<{ run_id: string | number }>(
    formatSql(
      `insert into $<schema:name>.load_runs
         (mode, batch, status, started_at, finished_at, inputs, counts, rejected_by_reason, timings_ms, etlbook_version)
       values ($<mode>, $<batch>, 'succeeded', $<startedAt>, $<finishedAt>, $<inputs:json>, $<counts:json>, $<byReason:json>,
               $<timings:json>, $<version>)
       returning run_id`,
      { schema, mode, batch, startedAt: startedAt.toISOString(), finishedAt: now().toISOString(), inputs, counts: clean.counts, byReason: clean.rejectedByReason, timings, version },
    ),
  );
  return Number(run.run_id);
}

/**
 * Keeps the batch's input files in `input_files` for later merges; a replace forgets the
 * batches kept before. Part of {@link finishStreamLoad}, or called earlier by a loader whose
 * database would otherwise wait (see `loadStreamChunkedIn`).
 * @param session the open transaction
 * @param options the schema, the mode, the batch, its files (see `storeBatch`) and progress
 */
export async function keepBatchFiles(
  session: WarehouseSession,
  { schema, mode = 'replace', batch = 1, batchFiles, progress = () => {} }: { schema: string; mode?: 'replace' | 'merge'; batch?: number; batchFiles: BatchFile[]; progress?: (message: string) => void },
): Promise<void> {
  // A replace starts the batch history over; a merge appends to it.
  // The load holds every table of the schema exclusively, so truncating is safe, and it does not
  // touch each stored part the way a delete would.
  if (mode === 'replace') await session.query(formatSql('truncate $<schema:name>.input_files', { schema }));
  progress(`  keeping the input files as batch ${batch}`);
  await storeBatch(session, schema, batch, batchFiles);
}
