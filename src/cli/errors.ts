import { InputError } from '../ingest/input-error.ts';
import { WarehouseError } from '../load/warehouse.ts';
import { AnswersError } from '../analysis/query-answers.ts';

/** Errors whose message is the whole story: printed without a stack trace. */
const EXPECTED = [InputError, WarehouseError, AnswersError];

/**
 * Prints an error for a person: one line for the expected kinds (bad input, unreachable
 * server), the stack as well for anything else or with `--verbose`.
 * @param error what was thrown
 * @param verbose whether to print the stack
 * @returns the exit code to use
 */
export function reportError(error: unknown, verbose = false): number {
  // PostgreSQL's own errors carry a five-character SQLSTATE; their message says it all.
  const sqlState = typeof (error as { code?: unknown })?.code === 'string' && /^[0-9A-Z]{5}$/.test((error as { code: string }).code);
  const expected = sqlState || EXPECTED.some((kind) => error instanceof kind);
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`etlbook: error: ${message}\n`);
  if (verbose || !expected) {
    if (error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  }
  return 1;
}
