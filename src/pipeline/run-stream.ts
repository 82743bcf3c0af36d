import type { Answers } from '../contract/answers.ts';
import { loadStreamInputs, type LoadedStreamInputs } from '../ingest/load-stream-inputs.ts';
import { cleanStream, type CleanStream } from '../transform/clean-stream.ts';
import { loadStream } from '../load/load-stream.ts';
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
}

/** Everything a run produced. */
export interface RunStreamResult {
  inputs: LoadedStreamInputs;
  clean: CleanStream;
  runId: number;
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
  const { input, schema = 'stream', asOf = null, version, progress = () => {} } = options;
  const timings: Record<string, number> = {};
  const timed = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    timings[stage] = Math.round(performance.now() - started);
    return result;
  };
  progress(`reading ${input}`);
  const inputs = await timed('read', () => loadStreamInputs(input));
  for (const file of inputs.files) progress(`  ${file.file}: ${file.rows.toLocaleString('en-US')} rows`);
  progress('applying the contract rules');
  const clean = await timed('clean', () => cleanStream(inputs));
  for (const [file, counts] of Object.entries(clean.counts)) {
    progress(`  ${file}: ${counts.loaded.toLocaleString('en-US')} loaded, ${counts.duplicate} duplicate, ${counts.superseded} superseded, ${counts.rejected} rejected`);
  }
  progress(`loading ${warehouse.kind === 'pglite' ? 'the embedded warehouse' : 'PostgreSQL'} (${warehouse.location}), schema ${schema}`);
  const { runId } = await timed('load', () => loadStream(warehouse, clean, { schema, inputs: inputs.files, timings: { ...timings }, version }));
  progress('answering the questions in SQL');
  const answers = await timed('answer', () => queryAnswers(warehouse, { schema, asOf }));
  return { inputs, clean, runId, answers, timings };
}
