import { Command, InvalidArgumentError } from 'commander';
import { runBench } from '../../bench/run-bench.ts';
import { reportError } from '../errors.ts';

function positiveInteger(value: string): number {
  const number = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(number) || number < 2000) throw new InvalidArgumentError('expected a whole number, at least 2000');
  return number;
}

/**
 * `etlbook bench`: measure the pipeline on generated data.
 * @returns the command
 */
export function benchCommand(): Command {
  return new Command('bench')
    .description('generate data into a temp folder, run the pipeline on it, and print seconds, rows/s and peak RSS per stage')
    .requiredOption('--transactions <n>', 'transactions to generate (at least 2000)', positiveInteger)
    .option('--users <n>', 'users to generate (default: transactions / 20)', positiveInteger)
    .option('--db <url>', 'measure a PostgreSQL server (and the psql \\copy floor) instead of embedded PGlite')
    .option('--seed <n>', 'generator seed', (value) => Number(value), 42)
    .addHelpText('after', `
Run it as one process per size: peak RSS is the process's. Timings are printed, never asserted.

Examples:
  $ npm run bench -- --transactions 100000
  $ npm run bench -- --transactions 1000000 --db postgres://postgres@127.0.0.1:5432/postgres
`)
    .action(async (flags: { transactions: number; users?: number; db?: string; seed: number }) => {
      try {
        process.stdout.write(`${await runBench(flags)}\n`);
      } catch (error) {
        process.exitCode = reportError(error);
      }
    });
}
