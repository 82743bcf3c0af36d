import { FX_RATES, PRODUCTS, TRANSACTIONS, USERS } from '../contract/stream.ts';
import type { StoredBatch } from '../load/input-batches.ts';
import type { StreamInputs } from '../transform/clean-stream.ts';
import { concatBatches } from './concat-batches.ts';
import { InputError } from './input-error.ts';
import { fxRatesOf, type LoadedStreamInputs } from './load-stream-inputs.ts';
import { fromCsv } from './read-csv.ts';

const DATA_FILES = [USERS, PRODUCTS, TRANSACTIONS];

/**
 * Whether a batch already loaded holds exactly these data files (FX rates aside).
 * @param stored a batch from the warehouse
 * @param files the files just read
 * @returns true when every data file's SHA-256 matches
 */
export function isSameBatch(stored: StoredBatch, files: LoadedStreamInputs['files']): boolean {
  return DATA_FILES.every((spec) => stored.files.find((file) => file.file === spec.file)?.sha256 === files.find((file) => file.file === spec.file)?.sha256);
}

/**
 * The batches loaded before, re-read from their stored bytes, stacked oldest first with the new
 * batch last: the inputs one run over their concatenation would have. The FX rates are the new
 * batch's own file, else the newest stored one, else the reference rates the new batch was read with.
 * @param stored the warehouse's batches, oldest first
 * @param latest the new batch, as `loadStreamInputs` read it
 * @param ownFx whether the new batch brought its own fx_rates.csv
 * @returns inputs for `cleanStream`, every row tagged with its `batch`
 * @throws InputError when a stored batch lacks a data file (a damaged warehouse)
 */
export async function mergeBatches(stored: readonly StoredBatch[], latest: LoadedStreamInputs, ownFx: boolean): Promise<StreamInputs> {
  const earlier = await Promise.all(stored.map(async (batch) => {
    const read = async (spec: typeof USERS) => {
      const file = batch.files.find((candidate) => candidate.file === spec.file);
      if (!file) throw new InputError(spec.file, `the warehouse's batch ${batch.batch} has no ${spec.file}; reload with --mode replace`);
      return fromCsv(file.content, spec, { file: spec.file });
    };
    return { users: await read(USERS), products: await read(PRODUCTS), transactions: await read(TRANSACTIONS) };
  }));
  let { rates, fxWarnings } = latest;
  const storedFx = [...stored].reverse().flatMap((batch) => batch.files.filter((file) => file.file === FX_RATES.file))[0];
  if (!ownFx && storedFx) {
    ({ rates, fxWarnings } = fxRatesOf(await fromCsv(storedFx.content, FX_RATES, { file: FX_RATES.file })));
  }
  const batches = [...earlier, latest];
  return {
    users: concatBatches(batches.map((batch) => batch.users)),
    products: concatBatches(batches.map((batch) => batch.products)),
    transactions: concatBatches(batches.map((batch) => batch.transactions)),
    rates,
    fxWarnings,
  };
}
