// The worker thread behind `settleInWorker`: settles each chunk it is sent, in order.
import * as aq from 'arquero';
import { parentPort, workerData } from 'node:worker_threads';
import { settleTransactionChunk, type SettleContext } from './settle-transaction-chunk.ts';

const context = workerData.context as SettleContext;
const port = parentPort as NonNullable<typeof parentPort>;
port.on('message', ({ id, columns }: { id: number; columns: Record<string, unknown[]> }) => {
  try {
    port.postMessage({ id, settled: settleTransactionChunk(aq.table(columns), context) });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) } });
  }
});
