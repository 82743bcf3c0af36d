import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Answers, ReportData } from '../contract/answers.ts';
import { TRANSACTIONS } from '../contract/stream.ts';
import { loadStreamInputs, ownInputFiles, type LoadedStreamInputs } from '../ingest/load-stream-inputs.ts';
import { cleanStream, type CleanStream } from '../transform/clean-stream.ts';
import { loadStream } from '../load/load-stream.ts';
import type { Warehouse } from '../load/warehouse.ts';
import { queryRunAnswers } from '../analysis/query-answers.ts';
import { mergeStream } from './merge-stream.ts';
import { describeTarget, reportCounts } from './progress.ts';
import { runStreamChunked } from './run-stream-chunked.ts';

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
   * chunks, loads each as it comes and settles repeated keys afterwards, in bounded memory; `auto` picks
   * `chunked` for a transactions.csv of {@link CHUNKED_FROM_BYTES} or more. A merge is always in memory.
   */
  engine?: 'auto' | 'memory' | 'chunked';
  /** [rowsPerChunk=10000] transactions per chunk, for the chunked engine */
  rowsPerChunk?: number;
  /** [rowsPerCopy=100000] transactions gathered into each COPY statement, for the chunked engine */
  rowsPerCopy?: number;
  /** Called once while the database adds the keys, for work that can fill the wait (see `LoadStreamOptions.meanwhile`). */
  meanwhile?: () => void;
  /** [workers=1] worker threads that settle the chunked engine's chunks; 0 settles them on the calling thread */
  workers?: 0 | 1;
  /** [report=false] also ask what the report shows, beside the answers (see `RunStreamResult.reportData`) */
  report?: boolean;
}

/**
 * The size of transactions.csv from which `engine: 'auto'` reads it in chunks: about 240,000
 * rows. Both engines take about the same time from 200,000 rows; at 300,000 the chunked one is
 * faster, and past it it also needs far less memory.
 */
export const CHUNKED_FROM_BYTES = 12 * 2 ** 20;

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
  /** With `report`: the report's data, asked on the same snapshot as the answers (its `command` is `etlbook report`). */
  reportData?: ReportData;
  /** Milliseconds per stage: read, clean, load, answer. */
  timings: Record<string, number>;
}

/**
 * The whole Stream pipeline: read the input directory, apply every contract rule, load the
 * warehouse in one transaction, and answer the questions in SQL. `mode: 'merge'` adds the input
 * as a later batch (see `mergeStream`); a large transactions.csv, or `engine: 'chunked'`, is
 * read in bounded memory (see `runStreamChunked`).
 * @param warehouse an open warehouse
 * @param options see {@link RunStreamOptions}
 * @returns the inputs, the cleaned tables, the answers and timings
 * @throws InputError before anything is loaded when a file or column is missing
 * @example
 * const warehouse = await openWarehouse();
 * const { answers } = await runStream(warehouse, { input: 'data/raw/stream' });
 */
export async function runStream(warehouse: Warehouse, options: RunStreamOptions): Promise<RunStreamResult> {
  const { input, schema = 'stream', asOf = null, version, progress = () => {}, mode = 'replace', engine = 'auto', rowsPerChunk, rowsPerCopy, workers, meanwhile, report } = options;
  const timings: Record<string, number> = {};
  const timed = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    timings[stage] = Math.round(performance.now() - started);
    return result;
  };
  if (mode === 'replace' && (engine === 'chunked' || (engine === 'auto' && (await sizeOf(join(input, TRANSACTIONS.file))) >= CHUNKED_FROM_BYTES))) {
    return runStreamChunked(warehouse, { input, schema, asOf, version, progress, rowsPerChunk, rowsPerCopy, workers, meanwhile, report });
  }
  progress(`reading ${input}`);
  const inputs = await timed('read', () => loadStreamInputs(input));
  for (const file of inputs.files) progress(`  ${file.file}: ${file.rows.toLocaleString('en-US')} rows`);
  const batchFiles = ownInputFiles(inputs.files);
  let outcome: Pick<RunStreamResult, 'clean' | 'runId' | 'batch' | 'alreadyLoaded'>;
  if (mode === 'replace') {
    progress('applying the contract rules');
    const clean = await timed('clean', () => cleanStream(inputs));
    reportCounts(progress, clean.counts);
    progress(`loading ${describeTarget(warehouse, schema)}`);
    const { runId } = await timed('load', () => loadStream(warehouse, clean, { schema, inputs: inputs.files, batchFiles, timings: { ...timings }, version, progress, meanwhile }));
    outcome = { clean, runId, batch: 1, alreadyLoaded: false };
  } else {
    outcome = await mergeStream(warehouse, inputs, { schema, version, progress, timed, timings, batchFiles, meanwhile });
  }
  progress('answering the questions in SQL');
  const answered = await timed('answer', () => queryRunAnswers(warehouse, { schema, asOf, report }));
  return { inputs, ...outcome, ...answered, timings };
}

const sizeOf = (path: string) => stat(path).then((found) => found.size, () => 0);

