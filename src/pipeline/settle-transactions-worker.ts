// The worker thread behind `settleFileInWorker`: reads transactions.csv and settles it chunk by
// chunk, posting each settled chunk as the main thread gives credit for it.
import { parentPort } from 'node:worker_threads';
import type { TransactionReferences } from '../transform/check-references.ts';
import { settleTransactionFile, type SettleTransactionFileOptions } from './settle-transaction-file.ts';
import type { SettledChunk } from './settle-transaction-chunk.ts';
import { serializeError, type WorkerMessage, type WorkerRequest } from './settle-in-worker.ts';

const port = parentPort as NonNullable<typeof parentPort>;
const post = (message: WorkerMessage) => port.postMessage(message);
// A settled chunk's bytes move to the main thread instead of being copied: this thread is done with them.
const buffersOf = ({ transactions, rejects, warnings }: SettledChunk): ArrayBuffer[] =>
  [transactions, rejects, warnings].flatMap((payload) => payload.chunks.map((chunk) => chunk.buffer as ArrayBuffer));

let giveReferences: (references: TransactionReferences) => void = () => {};
const references = new Promise<TransactionReferences>((resolve) => (giveReferences = resolve));
let credits = 0;
let creditGiven: (() => void) | undefined;

async function settle(path: string, options: Omit<SettleTransactionFileOptions, 'references'>): Promise<void> {
  try {
    const file = settleTransactionFile(path, { ...options, references });
    for await (const settled of file.chunks) {
      while (credits === 0) await new Promise<void>((resolve) => (creditGiven = resolve));
      credits--;
      port.postMessage({ settled } satisfies WorkerMessage, buffersOf(settled));
    }
    post({ done: { sha256: file.sha256() } });
  } catch (error) {
    post({ error: serializeError(error) });
  }
}

port.on('message', (message: WorkerRequest) => {
  if ('start' in message) void settle(message.start.path, message.start.options);
  else if ('references' in message) giveReferences(message.references);
  else {
    credits += message.credit;
    creditGiven?.();
    creditGiven = undefined;
  }
});
