// A worker thread's entry point that can load TypeScript: worker threads do not inherit the
// loader the main thread registered, so this registers tsx's, then imports the real module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
