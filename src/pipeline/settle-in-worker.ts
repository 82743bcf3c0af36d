import { Worker } from 'node:worker_threads';
import { InputError } from '../ingest/input-error.ts';
import type { TransactionReferences } from '../transform/check-references.ts';
import type { SettledChunk } from './settle-transaction-chunk.ts';
import { settleTransactionFile, type SettleTransactionFileOptions } from './settle-transaction-file.ts';

/** Reads and settles transactions.csv, off the main thread (see {@link settleFileInWorker}). */
export interface TransactionFileSettler {
  /** Starts reading and settling the file at once; chunks come out once the references are given. */
  start(path: string, options: Omit<SettleTransactionFileOptions, 'references'>): void;
  /** The loaded parents' lookups the references are checked against; once, whenever they are ready. */
  references(references: TransactionReferences): void;
  /** The settled chunks, in file order; throws where the read or a chunk failed. Once, after {@link start}. */
  chunks(): AsyncGenerator<SettledChunk>;
  /** The file's SHA-256, once every chunk was taken. */
  sha256(): string;
  /** Stops the worker. */
  close(): Promise<void>;
}

/** What the main thread tells the worker. */
export type WorkerRequest =
  | { start: { path: string; options: Omit<SettleTransactionFileOptions, 'references'> } }
  | { references: TransactionReferences }
  | { credit: number };

/** What the worker tells the main thread. */
export type WorkerMessage = { settled: SettledChunk } | { done: { sha256: string } } | { error: SerializedError };

interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  input?: { file: string; detail: string; line?: number; column?: number };
}

/**
 * An error as it can cross to another thread: an `InputError` keeps its file, line and column.
 * @param error anything thrown
 * @returns a plain object for `postMessage`
 */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof InputError) return { name: error.name, message: error.message, input: { file: error.file, detail: error.detail, line: error.line, column: error.column } };
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}

function deserializeError(error: SerializedError): Error {
  if (error.input) return new InputError(error.input.file, error.input.detail, { line: error.input.line, column: error.input.column });
  return Object.assign(new Error(error.message), { name: error.name, stack: error.stack });
}

// Settled chunks that may wait on the main thread: the worker is ahead of the copy by this many
// at most, so a slow database never lets them pile up. Enough for the worker to go on settling
// while the main thread copies the users and products (a chunk's COPY bytes are under 1 MiB).
const CREDIT = 32;

const ENTRY = new URL('../util/start-ts-worker.js', import.meta.url);
const MODULE = new URL('./settle-transactions-worker.ts', import.meta.url).href;

/**
 * Runs `settleTransactionFile` in a worker thread: the parsing, the field rules, the references
 * and the COPY text of transactions.csv all happen there, while the main thread cleans the
 * parents and then only copies. Nothing but the finished COPY text and the key fingerprints
 * crosses between the threads. The worker starts at once (it takes a moment to load).
 * @param options `inline` [false]: settle on the calling thread instead, as the worker would;
 *   `youngGenerationMb` [256]: the worker's young generation, where a chunk's short-lived rows live
 * @returns the settler
 * @example
 * const settler = settleFileInWorker();
 * settler.start('data/raw/stream/transactions.csv', { rates });
 * settler.references(referencesOf(parents));
 * for await (const settled of settler.chunks()) console.log(settled.counts);
 * await settler.close();
 */
export function settleFileInWorker({ inline = false, youngGenerationMb = 256 }: { inline?: boolean; youngGenerationMb?: number } = {}): TransactionFileSettler {
  return inline ? settleInline() : settleInThread(youngGenerationMb);
}

function settleInline(): TransactionFileSettler {
  let giveReferences: (references: TransactionReferences) => void = () => {};
  const references = new Promise<TransactionReferences>((resolve) => (giveReferences = resolve));
  let file: ReturnType<typeof settleTransactionFile> | undefined;
  return {
    start: (path, options) => void (file = settleTransactionFile(path, { ...options, references })),
    references: (given) => giveReferences(given),
    chunks: () => (file as NonNullable<typeof file>).chunks,
    sha256: () => (file as NonNullable<typeof file>).sha256(),
    close: async () => {
      await file?.chunks.return(undefined);
    },
  };
}

function settleInThread(youngGenerationMb: number): TransactionFileSettler {
  // A young generation larger than the default: each chunk's rows die young, and scavenging
  // them is most of the garbage collection's work.
  const worker = new Worker(ENTRY, { workerData: { module: MODULE }, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } });
  // The worker keeps the process alive only while its chunks are being taken: whatever goes
  // wrong on the way, a forgotten one never keeps a finished or failed command from exiting.
  worker.unref();
  const arrived: WorkerMessage[] = [];
  let wake: (() => void) | undefined;
  const arrive = (message: WorkerMessage) => {
    arrived.push(message);
    wake?.();
    wake = undefined;
  };
  worker.on('message', arrive);
  worker.on('error', (error) => arrive({ error: serializeError(error) }));
  worker.on('exit', (code) => arrive({ error: { name: 'Error', message: `the worker settling transactions stopped (exit code ${code})` } }));
  let digest: string | undefined;
  const request = (message: WorkerRequest) => worker.postMessage(message);
  return {
    start: (path, options) => request({ start: { path, options } }),
    references: (references) => request({ references }),
    async *chunks() {
      worker.ref();
      try {
        request({ credit: CREDIT });
        for (;;) {
          while (arrived.length === 0) await new Promise<void>((resolve) => (wake = resolve));
          const message = arrived.shift() as WorkerMessage;
          if ('error' in message) throw deserializeError(message.error);
          if ('done' in message) {
            digest = message.done.sha256;
            return;
          }
          yield message.settled;
          request({ credit: 1 });
        }
      } finally {
        worker.unref();
      }
    },
    sha256() {
      if (digest === undefined) throw new Error('transactions.csv: the SHA-256 is known once every chunk was read');
      return digest;
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
