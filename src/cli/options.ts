import { readFileSync } from 'node:fs';
import { Option, type Command, InvalidArgumentError } from 'commander';
import { DEFAULT_WAREHOUSE_DIR } from '../load/open-warehouse.ts';

/** The warehouse flags every command that reads or writes the warehouse shares. */
export interface WarehouseFlags {
  db?: string;
  warehouse: string;
  schema: string;
}

/**
 * Adds `--db`, `--warehouse` and `--schema` to a command.
 * @param command the command
 * @returns the same command
 */
export function withWarehouseOptions(command: Command): Command {
  return command
    .addOption(new Option('--db <url>', 'load into a PostgreSQL server instead of the embedded warehouse').env('DATABASE_URL'))
    .option('--warehouse <dir>', 'folder of the embedded PGlite warehouse', DEFAULT_WAREHOUSE_DIR)
    .option('--schema <name>', 'PostgreSQL schema that holds the tables', 'stream');
}

/**
 * Checks an `--as-of` value: a real calendar date written `YYYY-MM-DD`.
 * @param value the flag's text
 * @returns the date
 * @throws Error when it is not one
 */
export function parseAsOf(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== value) throw new Error(`--as-of must be a date written YYYY-MM-DD, got "${value}"`);
  return value;
}

/** etlbook's version, from package.json (read synchronously: src/ has no top-level await, for tslab's CommonJS). */
export const VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/**
 * A commander argument parser for a whole number of at least `min`; `_` separators allowed (`1_000_000`).
 * @param min the smallest value accepted
 * @returns the parser
 */
export function wholeNumberAtLeast(min: number): (value: string) => number {
  return (value) => {
    const number = Number(value.replace(/_/g, ''));
    if (!/^[\d_]+$/.test(value) || !Number.isSafeInteger(number) || number < min) throw new InvalidArgumentError(`expected a whole number, at least ${min}`);
    return number;
  };
}
