import type { Answers } from '../contract/answers.ts';
import { FX_RATES, TRANSACTIONS } from '../contract/stream.ts';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadStreamInputs, openStreamInputs, REFERENCE_FX_RATES, type LoadedStreamInputs, type OpenedStreamInputs } from '../ingest/load-stream-inputs.ts';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { CsvChunk, CsvInput } from '../ingest/read-csv.ts';
import { warningsOf } from '../util/row-state.ts';
import { loadStreamChunkedIn } from '../load/load-stream-chunked.ts';
import { isSameBatch, mergeBatches } from '../ingest/merge-batches.ts';
import { cleanStream, cleanTransactionFields, type CleanStream } from '../transform/clean-stream.ts';
import { loadStream, loadStreamIn } from '../load/load-stream.ts';
import { lockSchema, readBatches } from '../load/input-batches.ts';
import type { Warehouse } from '../load/warehouse.ts';
import { queryAnswers } from '../analysis/query-answers.ts';

/** Options for {@link runStream}. */
export interface RunStreamOptions {
  /** The input directory with users.csv, products.csv, transactions.csv (and optionally fx_rates.csv). */
  input: string;
  /** [schema='stream'] the schema to load into */
  schema?: string;
  /** [asOf=latest loaded transaction_date] answer as known on this `YYYY-MM-DD` */
  asOf?: string | null;
  /** [version='0.0.0'] recorded in load_runs */
  version?: string;
  /** [progress=() => {}] called with a line of progress per stage */
  progress?: (message: string) => void;
  /**
   * [mode='replace'] `replace` rebuilds the warehouse from this input alone; `merge` adds it as
   * a further batch, giving what one run over every batch so far, in order, would give.
   */
  mode?: 'replace' | 'merge';
  /**
   * [engine='auto'] `memory` holds every file as Arquero tables; `chunked` reads transactions in
   * chunks and resolves duplicates and references in SQL, in bounded memory; `auto` picks
   * `chunked` for a transactions.csv of {@link CHUNKED_FROM_BYTES} or more. A merge is always in memory.
   */
  engine?: 'auto' | 'memory' | 'chunked';
  /** [rowsPerChunk=100000] transactions per chunk, for the chunked engine */
  rowsPerChunk?: number;
}

/** The size of transactions.csv from which `engine: 'auto'` reads it in chunks: about 2M rows. */
export const CHUNKED_FROM_BYTES = 100 * 2 ** 20;

/** Everything a run produced. */
export interface RunStreamResult {
  /** What was read; with the chunked engine the tables hold no rows (they went to the warehouse), `files` is whole. */
  inputs: LoadedStreamInputs;
  /**
   * What loaded, every batch included; null when the batch was already loaded. With the chunked
   * engine the rows went to the warehouse as they came: the tables are empty, the counts are whole.
   */
  clean: CleanStream | null;
  /** The load's run id; null when the batch was already loaded. */
  runId: number | null;
  /** This load's batch number (1 for a replace), or the earlier batch that holds the same files. */
  batch: number;
  /** True when a merge found these files already loaded and changed nothing. */
  alreadyLoaded: boolean;
  answers: Answers;
  /** Milliseconds per stage: read, clean, load, answer. */
  timings: Record<string, number>;
}

/**
 * The whole Stream pipeline: read the input directory, apply every contract rule, load the
 * warehouse in one transaction, and answer the questions in SQL.
 * @param warehouse an open warehouse
 * @param options see {@link RunStreamOptions}
 * @returns the inputs, the cleaned tables, the answers and timings
 * @throws InputError before anything is loaded when a file or column is missing
 * @example
 * const warehouse = await openWarehouse();
 * const { answers } = await runStream(warehouse, { input: 'data/raw/stream' });
 */
export async function runStream(warehouse: Warehouse, options: RunStreamOptions): Promise<RunStreamResult> {
  const { input, schema = 'stream', asOf = null, version, progress = () => {}, mode = 'replace', engine = 'auto', rowsPerChunk } = options;
  const timings: Record<string, number> = {};
  const timed = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    timings[stage] = Math.round(performance.now() - started);
    return result;
  };
  if (mode === 'replace' && (engine === 'chunked' || (engine === 'auto' && (await sizeOf(join(input, TRANSACTIONS.file))) >= CHUNKED_FROM_BYTES))) {
    return runStreamChunked(warehouse, { ...options, schema, asOf, progress }, rowsPerChunk);
  }
  progress(`reading ${input}`);
  const inputs = await timed('read', () => loadStreamInputs(input));
  for (const file of inputs.files) progress(`  ${file.file}: ${file.rows.toLocaleString('en-US')} rows`);
  // Only the input's own files are kept for later merges; the reference FX ships with etlbook.
  const batchFiles = inputs.files.filter((file) => file.path !== REFERENCE_FX_RATES);
  const reportCounts = (clean: CleanStream) => {
    for (const [file, counts] of Object.entries(clean.counts)) {
      progress(`  ${file}: ${counts.loaded.toLocaleString('en-US')} loaded, ${counts.duplicate} duplicate, ${counts.superseded} superseded, ${counts.rejected} rejected`);
    }
  };
  const where = `${warehouse.kind === 'pglite' ? 'the embedded warehouse' : 'PostgreSQL'} (${warehouse.location}), schema ${schema}`;
  let outcome: Pick<RunStreamResult, 'clean' | 'runId' | 'batch' | 'alreadyLoaded'>;
  if (mode === 'replace') {
    progress('applying the contract rules');
    const clean = await timed('clean', () => cleanStream(inputs));
    reportCounts(clean);
    progress(`loading ${where}`);
    const { runId } = await timed('load', () => loadStream(warehouse, clean, { schema, inputs: inputs.files, batchFiles, timings: { ...timings }, version, progress }));
    outcome = { clean, runId, batch: 1, alreadyLoaded: false };
  } else {
    // One transaction under the schema's lock from reading the stored batches to the commit,
    // so a concurrent merge cannot slip a batch in between.
    outcome = await warehouse.transaction(async (session) => {
      await lockSchema(session, schema);
      const stored = await readBatches(session, schema);
      const same = stored.find((batch) => isSameBatch(batch, inputs.files));
      if (same) {
        progress(`these files were loaded as batch ${same.batch}: nothing to do`);
        return { clean: null, runId: null, batch: same.batch, alreadyLoaded: true };
      }
      const batch = (stored[stored.length - 1]?.batch ?? 0) + 1;
      progress(`applying the contract rules to batch ${batch} with the ${stored.length} batch${stored.length === 1 ? '' : 'es'} loaded before`);
      const ownFx = batchFiles.some((file) => file.file === FX_RATES.file);
      const clean = await timed('clean', async () => cleanStream(await mergeBatches(stored, inputs, ownFx)));
      reportCounts(clean);
      progress(`merging batch ${batch} into ${where}`);
      const runId = await timed('load', () => loadStreamIn(session, clean, { schema, inputs: inputs.files, batchFiles, timings: { ...timings }, version, mode, batch, progress }));
      return { clean, runId, batch, alreadyLoaded: false };
    });
  }
  progress('answering the questions in SQL');
  const answers = await timed('answer', () => queryAnswers(warehouse, { schema, asOf }));
  return { inputs, ...outcome, answers, timings };
}

const sizeOf = (path: string) => stat(path).then((found) => found.size, () => 0);

/** The replace run of {@link runStream} with transactions read in chunks and resolved in SQL. */
async function runStreamChunked(warehouse: Warehouse, options: RunStreamOptions & { schema: string; asOf: string | null; progress: (message: string) => void }, rowsPerChunk = 100_000): Promise<RunStreamResult> {
  const { input, schema, asOf, version, progress } = options;
  const timings: Record<string, number> = {};
  let started = performance.now();
  const lap = (stage: string) => {
    timings[stage] = Math.round(performance.now() - started);
    started = performance.now();
  };
  progress(`reading ${input} (transactions.csv in chunks of ${rowsPerChunk.toLocaleString('en-US')} rows)`);
  // Every table below is let go as soon as it is copied: memory stays bounded by the parents and one chunk.
  let opened: OpenedStreamInputs | undefined = await openStreamInputs(input, rowsPerChunk);
  const { rates, files, transactions: { rest } } = opened;
  let first: CsvChunk | undefined = opened.transactions.first;
  const shapes = { users: emptyLike(opened.users.table), products: emptyLike(opened.products.table), transactions: emptyLike(first.table) };
  lap('read');
  progress('applying the contract rules to users and products');
  let parents: CleanStream | undefined = cleanStream({ ...opened, transactions: { ...first, sha256: '', table: shapes.transactions } });
  const fxWarnings = opened.fxWarnings;
  opened = undefined;
  lap('clean');
  const fielded = (chunk: CsvChunk) => {
    const table = cleanTransactionFields(chunk.table, rates);
    return table.assign({ batch: new Array<number>(table.numRows()).fill(1), warnings: warningsOf(table) });
  };
  async function* chunks() {
    const head = fielded(first as CsvChunk);
    first = undefined;
    yield head;
    for (let step = await rest.next(); !step.done; step = await rest.next()) yield fielded(step.value);
  }
  progress(`loading ${warehouse.kind === 'pglite' ? 'the embedded warehouse' : 'PostgreSQL'} (${warehouse.location}), schema ${schema}`);
  const empty = { users: emptyLike(parents.users), products: emptyLike(parents.products), transactions: emptyLike(parents.transactions), rejects: emptyLike(parents.rejects), warnings: emptyLike(parents.warnings) };
  const loaded = await warehouse.transaction((session) =>
    loadStreamChunkedIn(
      session,
      () => {
        const taken = parents as CleanStream;
        parents = undefined;
        return taken;
      },
      chunks(),
      { schema, version, timings: { ...timings }, inputs: files, batchFiles: () => files().filter((file) => file.path !== REFERENCE_FX_RATES), progress },
    ),
  );
  lap('load');
  const clean: CleanStream = { ...empty, counts: loaded.counts, rejectedByReason: loaded.rejectedByReason };
  for (const [file, counts] of Object.entries(clean.counts)) {
    progress(`  ${file}: ${counts.loaded.toLocaleString('en-US')} loaded, ${counts.duplicate} duplicate, ${counts.superseded} superseded, ${counts.rejected} rejected`);
  }
  progress('answering the questions in SQL');
  const answers = await queryAnswers(warehouse, { schema, asOf });
  lap('answer');
  const [users, products, transactions] = files();
  const asInput = (file: (typeof users), table: ColumnTable): CsvInput => ({ file: file.file, sha256: file.sha256, table, unknownColumns: [] });
  return {
    inputs: { users: asInput(users, shapes.users), products: asInput(products, shapes.products), transactions: asInput(transactions, shapes.transactions), rates, fxWarnings, files: files() },
    clean,
    runId: loaded.runId,
    batch: 1,
    alreadyLoaded: false,
    answers,
    timings,
  };
}

/** A table with the same columns and no rows, holding nothing of the original. */
function emptyLike(table: ColumnTable): ColumnTable {
  return aq.table(Object.fromEntries(table.columnNames().map((name) => [name, []])));
}
