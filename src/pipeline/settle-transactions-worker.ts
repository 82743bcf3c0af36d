// The worker thread behind `settleInWorker`: settles each chunk it is sent, in order.
import * as aq from 'arquero';
import { parentPort } from 'node:worker_threads';
import { settleTransactionChunk, type SettleContext } from './settle-transaction-chunk.ts';

const port = parentPort as NonNullable<typeof parentPort>;
// The first message is the context every chunk is settled against; each one after it, a chunk.
let context: SettleContext | undefined;
port.on('message', (message: { context: SettleContext } | { id: number; columns: Record<string, unknown[]> }) => {
  if ('context' in message) {
    context = message.context;
    return;
  }
  const { id, columns } = message;
  try {
    port.postMessage({ id, settled: settleTransactionChunk(aq.table(columns), context as SettleContext) });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) } });
  }
});
