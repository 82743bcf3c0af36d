import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import { FX_RATES, PRODUCTS, TRANSACTIONS, USERS } from '../contract/stream.ts';
import { readFxRates } from '../transform/read-fx-rates.ts';
import type { StreamInputs } from '../transform/clean-stream.ts';
import { InputError } from './input-error.ts';
import { loadCsv, readCsvChunks, type CsvChunk, type CsvInput } from './read-csv.ts';

/** The FX file shipped with etlbook, used when an input directory has none. */
export const REFERENCE_FX_RATES = fileURLToPath(new URL('../../data/reference/fx_rates.csv', import.meta.url));

/** What {@link loadStreamInputs} read, with each file's path and fingerprint. */
export interface LoadedStreamInputs extends StreamInputs {
  /** Every file read, FX included, in the order read. */
  files: { file: string; path: string; sha256: string; rows: number }[];
}

/**
 * The FX lookup from fx_rates.csv as read, and its rows that did not parse as warnings.
 * @param fx the FX file as read
 * @returns `rates`, and `fxWarnings` (`file`, `line`, `kind`, `column`, `value`)
 */
export function fxRatesOf(fx: CsvInput): Pick<StreamInputs, 'rates' | 'fxWarnings'> {
  const { rates, skipped } = readFxRates(fx.table);
  const fxWarnings = skipped.derive({ file: aq.escape(() => FX_RATES.file), kind: aq.escape(() => 'bad_fx_rate') }).select('file', 'line', 'kind', 'column', 'value');
  return { rates, fxWarnings };
}

const exists = (path: string) => access(path).then(() => true, () => false);

/**
 * Reads a Stream input directory: `users.csv`, `products.csv`, `transactions.csv`, and
 * `fx_rates.csv` when present (else etlbook's reference rates). Every file and header is
 * checked before any row is used, so a missing file or column fails before anything loads.
 * @param dir the input directory
 * @returns the three files as tables, the FX rates, and what was read
 * @throws InputError naming the file (and column) when a file or required column is missing
 * @example
 * const inputs = await loadStreamInputs('data/raw/stream');
 * const clean = cleanStream(inputs);
 */
export async function loadStreamInputs(dir: string): Promise<LoadedStreamInputs> {
  await checkInputFiles(dir);
  const read = (spec: typeof USERS, path = join(dir, spec.file)) => loadCsv(path, spec, { file: spec.file });
  const users = await read(USERS);
  const products = await read(PRODUCTS);
  const transactions = await read(TRANSACTIONS);
  const { fx, fxPath, rates, fxWarnings } = await readFx(dir);
  return {
    users,
    products,
    transactions,
    rates,
    fxWarnings,
    files: [
      describe(users, join(dir, USERS.file)),
      describe(products, join(dir, PRODUCTS.file)),
      describe(transactions, join(dir, TRANSACTIONS.file)),
      describe(fx, fxPath),
    ],
  };
}

/**
 * The files an input directory brought itself, for keeping with its batch: all but the
 * reference FX rates, which ship with etlbook.
 * @param files the files read, as {@link LoadedStreamInputs} lists them
 * @returns those files
 */
export function ownInputFiles<T extends { path: string }>(files: readonly T[]): T[] {
  return files.filter((file) => file.path !== REFERENCE_FX_RATES);
}

const describe = (input: CsvInput, path: string) => ({ file: input.file, path, sha256: input.sha256, rows: input.table.numRows() });

async function checkInputFiles(dir: string): Promise<void> {
  for (const spec of [USERS, PRODUCTS, TRANSACTIONS]) {
    const path = join(dir, spec.file);
    if (!(await exists(path))) throw new InputError(path, `missing input file ${spec.file} in ${dir}`);
  }
}

async function readFx(dir: string) {
  const ownFx = join(dir, FX_RATES.file);
  const fxPath = (await exists(ownFx)) ? ownFx : REFERENCE_FX_RATES;
  const fx = await loadCsv(fxPath, FX_RATES, { file: FX_RATES.file });
  return { fx, fxPath, ...fxRatesOf(fx) };
}

/** What {@link openStreamInputs} read: the small files whole, transactions as chunks to come. */
export interface OpenedStreamInputs extends Omit<LoadedStreamInputs, 'transactions' | 'files'> {
  /** transactions.csv: its first chunk (read already, so a bad header fails before any load) and the rest. */
  transactions: { first: CsvChunk; rest: AsyncIterator<CsvChunk> & { return(): Promise<unknown> } };
  /**
   * Every file read, as {@link LoadedStreamInputs}; complete once every chunk was read, or once
   * `transactions` gives what another reader of the file found.
   */
  files(transactions?: { sha256: string; rows: number }): LoadedStreamInputs['files'];
}

/**
 * Opens a Stream input directory for a load in bounded memory: the FX rates, users.csv and
 * products.csv are read whole, transactions.csv in chunks of `rowsPerChunk` records. Every file
 * and header is checked before this returns, as {@link loadStreamInputs} does.
 * @param dir the input directory
 * @param rowsPerChunk [10000] transactions per chunk
 * @param onRates called with the FX rates as soon as they are read, before the other files
 * @returns the inputs
 * @throws InputError naming the file (and column) when a file or required column is missing
 */
export async function openStreamInputs(dir: string, rowsPerChunk = 10_000, onRates?: (rates: StreamInputs['rates']) => void): Promise<OpenedStreamInputs> {
  await checkInputFiles(dir);
  const { fx, fxPath, rates, fxWarnings } = await readFx(dir);
  onRates?.(rates);
  const users = await loadCsv(join(dir, USERS.file), USERS);
  const products = await loadCsv(join(dir, PRODUCTS.file), PRODUCTS);
  const transactionsPath = join(dir, TRANSACTIONS.file);
  const { chunks, sha256 } = readCsvChunks(transactionsPath, TRANSACTIONS, { rowsPerChunk });
  const first = await chunks.next();
  let rows = first.done ? 0 : first.value.table.numRows();
  // Described now, so that the descriptions do not keep the tables alive.
  const described = [describe(users, join(dir, USERS.file)), describe(products, join(dir, PRODUCTS.file)), describe(fx, fxPath)];
  const counted = {
    async next() {
      const step = await chunks.next();
      if (!step.done) rows += step.value.table.numRows();
      return step;
    },
    // Closes the file when the rest is read elsewhere (or not at all).
    return: () => chunks.return(undefined),
  };
  return {
    users,
    products,
    transactions: { first: first.value as CsvChunk, rest: counted },
    rates,
    fxWarnings,
    files: (transactions = { sha256: sha256(), rows }) => [described[0], described[1], { file: TRANSACTIONS.file, path: transactionsPath, ...transactions }, described[2]],
  };
}
