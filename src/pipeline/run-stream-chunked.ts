import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { join } from 'node:path';
import { TRANSACTIONS } from '../contract/stream.ts';
import { loadCsvRecords } from '../ingest/load-csv-records.ts';
import { openStreamInputs, ownInputFiles, type OpenedStreamInputs } from '../ingest/load-stream-inputs.ts';
import type { CsvChunk, CsvInput } from '../ingest/read-csv.ts';
import { referencesOf } from '../transform/check-references.ts';
import { settleFileInWorker, type TransactionFileSettler } from './settle-in-worker.ts';
import { indexTransactionKeys } from '../transform/index-transaction-keys.ts';
import { resolveRepeatedTransactions } from '../transform/resolve-repeated-transactions.ts';
import { loadStreamChunkedIn } from '../load/load-stream-chunked.ts';
import type { Warehouse } from '../load/warehouse.ts';
import { queryRunAnswers } from '../analysis/query-answers.ts';
import { cleanStream, type CleanStream } from '../transform/clean-stream.ts';
import { collectGarbage } from '../util/collect-garbage.ts';
import { describeTarget, reportCounts } from './progress.ts';
import type { RunStreamResult } from './run-stream.ts';

/** Options for {@link runStreamChunked}. */
export interface RunStreamChunkedOptions {
  input: string;
  schema: string;
  asOf: string | null;
  version?: string;
  progress: (message: string) => void;
  /** [rowsPerChunk=10000] transactions per chunk */
  rowsPerChunk?: number;
  /** [rowsPerCopy=100000] transactions gathered into each COPY statement */
  rowsPerCopy?: number;
  /** Called once while the database adds the keys (see `LoadStreamOptions.meanwhile`). */
  meanwhile?: () => void;
  /** [workers=1] worker threads that settle the chunks; 0 settles them on the calling thread */
  workers?: 0 | 1;
  /** [report=false] also ask what the report shows (see `RunStreamResult.reportData`) */
  report?: boolean;
}

/**
 * The replace run of `runStream` in bounded memory: users and products are cleaned in memory,
 * transactions.csv is read in chunks that go through the field rules and the references and
 * straight into the warehouse, while a key index notes which transaction_ids come again; the
 * rows of those keys alone are then read again and settled by `markDuplicates`. Every table is
 * let go as soon as it is copied, so memory is bounded by the parents, one chunk and the key
 * index, whatever the file's size.
 * @param warehouse the open warehouse
 * @param options see {@link RunStreamChunkedOptions}
 * @returns as `runStream`; the tables hold no rows (they went to the warehouse), files and counts are whole
 */
export async function runStreamChunked(warehouse: Warehouse, options: RunStreamChunkedOptions): Promise<RunStreamResult> {
  const { input, schema, asOf, version, progress, rowsPerChunk = 10_000, rowsPerCopy, workers = 1, meanwhile } = options;
  const timings: Record<string, number> = {};
  let started = performance.now();
  const lap = (stage: string) => {
    timings[stage] = Math.round(performance.now() - started);
    started = performance.now();
  };
  progress(`reading ${input} (transactions.csv in chunks of ${rowsPerChunk.toLocaleString('en-US')} rows)`);
  // Started first: the worker loads, then reads and cleans transactions.csv while this thread
  // reads and cleans the parents; only the references wait for those.
  const settler = settleFileInWorker({ inline: workers === 0 });
  const transactionsPath = join(input, TRANSACTIONS.file);
  let opened: OpenedStreamInputs | undefined;
  try {
    opened = await openStreamInputs(input, rowsPerChunk, (rates) => settler.start(transactionsPath, { rowsPerChunk, rates }));
    // The first chunk was read here for its header; the worker reads the whole file itself.
    await (opened as OpenedStreamInputs).transactions.rest.return();
  } catch (error) {
    await settler.close();
    throw error;
  }
  // Whatever fails from here on, the worker must not go on reading.
  try {
    const take = () => {
      const taken = opened as OpenedStreamInputs;
      opened = undefined;
      return taken;
    };
    return await loadOpened(warehouse, take, settler, options, { timings, lap });
  } finally {
    await settler.close();
  }
}

async function loadOpened(
  warehouse: Warehouse,
  take: () => OpenedStreamInputs,
  settler: TransactionFileSettler,
  options: RunStreamChunkedOptions,
  { timings, lap }: { timings: Record<string, number>; lap: (stage: string) => void },
): Promise<RunStreamResult> {
  const { input, schema, asOf, version, progress, rowsPerCopy, meanwhile } = options;
  // Held in a variable of its own that is cleared once the parents are cleaned: the files as read go then.
  let opened: OpenedStreamInputs | undefined = take();
  const { rates, files } = opened;
  const first: CsvChunk = opened.transactions.first;
  const shapes = { users: emptyLike(opened.users.table), products: emptyLike(opened.products.table), transactions: emptyLike(first.table) };
  // What the parser left behind goes before the parents are cleaned, and what the cleaning left
  // behind goes before the parents are copied: with many users, these are the run's largest heaps.
  collectGarbage();
  lap('read');
  progress('applying the contract rules to users and products');
  let parents: CleanStream | undefined = cleanStream({ ...opened, transactions: { ...first, sha256: '', table: shapes.transactions } });
  const fxWarnings = opened.fxWarnings;
  opened = undefined;
  const references = referencesOf(parents);
  settler.references(references);
  const keys = indexTransactionKeys();
  const headerText = first.headerText as string;
  collectGarbage();
  lap('clean');
  let rows = 0;
  // Complete once every chunk was taken: the worker knows the file's SHA-256 then.
  const transactionFiles = () => files({ sha256: settler.sha256(), rows });
  // Kept from the start of the load, transactions.csv before its SHA-256 is known.
  const keptFiles = ownInputFiles(files({ sha256: '', rows: 0 })).map((file) => ({ ...file, sha256: file.file === TRANSACTIONS.file ? null : file.sha256 }));
  async function* chunks() {
    // Asked for the first chunk, the loader has copied the parents and let them go.
    collectGarbage();
    for await (const settled of settler.chunks()) {
      keys.addKeys(settled.keys);
      rows += settled.counts.read;
      yield settled;
    }
  }
  const repeats = async () => {
    const places = keys.repeats();
    progress(`  reading the ${places.length.toLocaleString('en-US')} rows of repeated transaction_ids again (${keys.size.toLocaleString('en-US')} keys in all)`);
    keys.clear();
    collectGarbage();
    const records = await loadCsvRecords(join(input, TRANSACTIONS.file), TRANSACTIONS, headerText, places);
    return resolveRepeatedTransactions(records.assign({ batch: new Array<number>(records.numRows()).fill(1) }), { rates, references });
  };
  progress(`loading ${describeTarget(warehouse, schema)}`);
  const empty = { users: emptyLike(parents.users), products: emptyLike(parents.products), transactions: emptyLike(parents.transactions), rejects: emptyLike(parents.rejects), warnings: emptyLike(parents.warnings) };
  const loaded = await warehouse
    .transaction((session) =>
      loadStreamChunkedIn(
        session,
        () => {
          const taken = parents as CleanStream;
          parents = undefined;
          return taken;
        },
        chunks(),
        { schema, version, timings: { ...timings }, rowsPerCopy, meanwhile, inputs: () => transactionFiles(), batchFiles: keptFiles, progress, repeats },
      ),
    );
  lap('load');
  const clean: CleanStream = { ...empty, counts: loaded.counts, rejectedByReason: loaded.rejectedByReason };
  reportCounts(progress, clean.counts);
  progress('answering the questions in SQL');
  const { answers, reportData } = await queryRunAnswers(warehouse, { schema, asOf, report: options.report });
  lap('answer');
  const [users, products, transactions] = transactionFiles();
  const asInput = (file: (typeof users), table: ColumnTable): CsvInput => ({ file: file.file, sha256: file.sha256, table, unknownColumns: [] });
  return {
    inputs: { users: asInput(users, shapes.users), products: asInput(products, shapes.products), transactions: asInput(transactions, shapes.transactions), rates, fxWarnings, files: transactionFiles() },
    clean,
    runId: loaded.runId,
    batch: 1,
    alreadyLoaded: false,
    answers,
    reportData,
    timings,
  };
}

/** A table with the same columns and no rows, holding nothing of the original. */
function emptyLike(table: ColumnTable): ColumnTable {
  return aq.table(Object.fromEntries(table.columnNames().map((name) => [name, []])));
}
