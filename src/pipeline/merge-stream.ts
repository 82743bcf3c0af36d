import { FX_RATES } from '../contract/stream.ts';
import type { LoadedStreamInputs } from '../ingest/load-stream-inputs.ts';
import { isSameBatch, mergeBatches } from '../ingest/merge-batches.ts';
import { readBatches, type BatchFile } from '../load/input-batches.ts';
import { lockSchema } from '../load/locks.ts';
import { loadStreamIn } from '../load/load-stream.ts';
import type { Warehouse } from '../load/warehouse.ts';
import { cleanStream, type CleanStream } from '../transform/clean-stream.ts';
import { describeTarget, reportCounts } from './progress.ts';

/** Options for {@link mergeStream}. */
export interface MergeStreamOptions {
  schema: string;
  version?: string;
  progress: (message: string) => void;
  /** Runs and times a stage (`clean`, `load`); the times so far are recorded in `load_runs`. */
  timed: <T>(stage: string, work: () => T | Promise<T>) => Promise<T>;
  timings: Record<string, number>;
  /** The batch's own files, kept for later merges. */
  batchFiles: BatchFile[];
  /** Called once while the database adds the keys (see `LoadStreamOptions.meanwhile`). */
  meanwhile?: () => void;
}

/**
 * Adds a batch to the warehouse: the batches loaded before are re-read from `input_files`, the
 * new one goes last, and all are cleaned and loaded together, so the result is what one run
 * over their concatenation gives. One transaction under the schema's lock from reading the
 * stored batches to the commit, so a concurrent merge cannot slip a batch in between. A batch
 * whose data files were loaded before changes nothing.
 * @param warehouse the open warehouse
 * @param inputs the new batch, as read
 * @param options see {@link MergeStreamOptions}
 * @returns what loaded, the run, and the batch number (or the earlier batch with the same files)
 */
export async function mergeStream(
  warehouse: Warehouse,
  inputs: LoadedStreamInputs,
  options: MergeStreamOptions,
): Promise<{ clean: CleanStream | null; runId: number | null; batch: number; alreadyLoaded: boolean }> {
  const { schema, version, progress, timed, timings, batchFiles, meanwhile } = options;
  return warehouse.transaction(async (session) => {
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
    reportCounts(progress, clean.counts);
    progress(`merging batch ${batch} into ${describeTarget(warehouse, schema)}`);
    const runId = await timed('load', () => loadStreamIn(session, clean, { schema, inputs: inputs.files, batchFiles, timings: { ...timings }, version, mode: 'merge', batch, progress, meanwhile }));
    return { clean, runId, batch, alreadyLoaded: false };
  });
}
