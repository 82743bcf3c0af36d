import { Command, Option } from 'commander';
import { reportError } from '../errors.ts';
import { wholeNumberAtLeast } from '../options.ts';


/**
 * `etlbook bench`: measure the pipeline on generated data.
 * @returns the command
 */
export function benchCommand(): Command {
  return new Command('bench')
    .description('generate data into a temp folder, run the pipeline on it, and print seconds, rows/s and peak RSS per stage')
    .requiredOption('--transactions <n>', 'transactions to generate (at least 2000)', wholeNumberAtLeast(2000))
    .option('--users <n>', 'users to generate (default: transactions / 20)', wholeNumberAtLeast(2000))
    .option('--db <url>', 'measure a PostgreSQL server (and the psql \\copy floor) instead of embedded PGlite')
    .addOption(new Option('--engine <engine>', 'memory: every file as Arquero tables; chunked: transactions read and settled in chunks by a worker thread, in bounded memory; auto: chunked from 12 MiB of transactions').choices(['auto', 'memory', 'chunked']).default('auto'))
    .option('--seed <n>', 'generator seed', (value) => Number(value), 42)
    .addHelpText('after', `
Run it as one process per size: peak RSS is the process's. Timings are printed, never asserted.

Examples:
  $ npm run bench -- --transactions 100000
  $ npm run bench -- --transactions 1000000 --db postgres://postgres@127.0.0.1:5432/postgres
  $ npm run bench -- --transactions 10000000 --db postgres://postgres@127.0.0.1:5432/postgres --engine chunked
`)
    .action(async (flags: { transactions: number; users?: number; db?: string; seed: number; engine: 'auto' | 'memory' | 'chunked' }) => {
      try {
        const { runBench } = await import('../../bench/run-bench.ts');
        process.stdout.write(`${await runBench(flags)}\n`);
      } catch (error) {
        process.exitCode = reportError(error);
      }
    });
}
