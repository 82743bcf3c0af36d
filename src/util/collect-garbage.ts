import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Runs a full garbage collection now. V8 sets its next collection at a multiple of the heap it
 * last found alive; after a large set of tables is let go, the garbage of later work would pile
 * up to that old, large mark before anything is freed. One collection at that moment resets the
 * mark to what is really alive. Does nothing where the runtime refuses.
 */
export function collectGarbage(): void {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // Not essential: memory is only freed later.
  }
}
