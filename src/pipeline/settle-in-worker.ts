import { Worker } from 'node:worker_threads';
import type { ColumnTable } from 'arquero';
import { settleTransactionChunk, type SettleContext, type SettledChunk } from './settle-transaction-chunk.ts';

/** Settles chunks one after the other, off the main thread (see {@link settleInWorker}). */
export interface ChunkSettler {
  /** Gives what every chunk is settled against; once, before the first chunk. */
  begin(context: SettleContext): void;
  /** Settles a chunk; the promises resolve in the order the chunks were given. */
  settle(chunk: ColumnTable): Promise<SettledChunk>;
  /** Stops the worker. */
  close(): Promise<void>;
}

const ENTRY = new URL('../util/start-ts-worker.js', import.meta.url);
const MODULE = new URL('./settle-transactions-worker.ts', import.meta.url).href;

/**
 * Runs `settleTransactionChunk` in a worker thread, so that the field rules, the references and
 * the COPY text of one chunk are worked out while the main thread parses the next and copies the
 * last: on two cores, reading and settling take turns no more. The worker starts at once (it takes
 * a second to load), and waits for {@link ChunkSettler.begin}.
 * @param options `inline` [false]: settle on the calling thread instead, as the worker would
 * @returns the settler
 * @example
 * const settler = settleInWorker();
 * settler.begin({ rates, references });
 * const settled = await settler.settle(chunk.table);
 * await settler.close();
 */
export function settleInWorker({ inline = false }: { inline?: boolean } = {}): ChunkSettler {
  if (inline) {
    let context: SettleContext | undefined;
    return {
      begin: (given) => void (context = given),
      settle: async (chunk) => settleTransactionChunk(chunk, context as SettleContext),
      close: async () => {},
    };
  }
  // A young generation larger than the default: chunks die young, and scavenging them is most of the GC work.
  const worker = new Worker(ENTRY, { workerData: { module: MODULE }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  // A worker keeps the process alive only while a chunk is in it: whatever goes wrong on the
  // way, a forgotten one never keeps a finished or failed command from exiting.
  worker.unref();
  const waiting = new Map<number, { resolve: (settled: SettledChunk) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failed: Error | undefined;
  const fail = (error: Error) => {
    failed ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', (message: { id: number; settled?: SettledChunk; error?: { message: string; stack?: string } }) => {
    const entry = waiting.get(message.id);
    waiting.delete(message.id);
    if (waiting.size === 0) worker.unref();
    if (message.error) entry?.reject(Object.assign(new Error(message.error.message), { stack: message.error.stack }));
    else entry?.resolve(message.settled as SettledChunk);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (waiting.size > 0) fail(new Error(`the worker settling transactions stopped (exit code ${code})`));
  });
  return {
    begin(context) {
      worker.postMessage({ context });
    },
    settle(chunk) {
      if (failed) return Promise.reject(failed);
      const id = next++;
      const columns = Object.fromEntries(chunk.columnNames().map((name) => [name, chunk.array(name)]));
      const settled = new Promise<SettledChunk>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, columns });
      });
      // A chunk still in the worker when the read fails is never awaited: its rejection is no news.
      settled.catch(() => undefined);
      return settled;
    },
    async close() {
      await worker.terminate();
    },
  };
}
