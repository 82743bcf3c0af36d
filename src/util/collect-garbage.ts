import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Runs a full garbage collection now, when the heap and array buffers hold more than `over`
 * bytes. V8 sets its next collection at a multiple of the heap it last found alive; after a
 * large set of tables is let go, the garbage of later work would pile up to that old, large mark
 * before anything is freed. One collection at that moment resets the mark to what is really
 * alive. Below `over` there is too little to win for the pause (a tenth of a second or more on a
 * small heap too). Does nothing where the runtime refuses.
 * @param options `over` [256 MiB]: the memory in use below which nothing is done
 */
export function collectGarbage({ over = 256 * 2 ** 20 }: { over?: number } = {}): void {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  if (heapUsed + arrayBuffers < over) return;
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // Not essential: memory is only freed later.
  }
}
