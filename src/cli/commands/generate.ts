/**
 * `etlbook generate`: writes a deterministic, deliberately messy Stream dataset.
 */
import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_GENERATE_OPTIONS } from '../../generate/options.ts';
import type { GenerateSummary } from '../../generate/index.ts';

/** Progress lines only for runs long enough to wonder whether anything is happening. */
const PROGRESS_FROM = 1_000_000;

const EXAMPLES = `
Examples:
  $ etlbook generate --out data/raw/stream
  $ etlbook generate --out /tmp/stream --seed 7 --users 500 --transactions 10000
  $ etlbook generate --out /tmp/big --users 200000 --transactions 10000000 --clean --fx
  $ etlbook generate --out /tmp/2024 --end-date 2024-12-31 --months 36

The same flags always write the same bytes. Dates stay inside 2018-01..2030-12,
the months covered by data/reference/fx_rates.csv.`;

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, like 42.');
  return Number(value);
}

const format = (n: number): string => n.toLocaleString('en-US');

function toSummaryLines(summary: GenerateSummary): string[] {
  const lines = [`wrote ${summary.out} (${summary.firstMonth}..${summary.lastMonth})`];
  for (const [file, stats] of Object.entries(summary.files)) {
    const extra = stats.extra > 0 ? ` + ${format(stats.extra)} deliberate duplicates/corrections` : '';
    lines.push(`  ${file}: ${format(stats.rows)} rows (${format(stats.generated)} generated${extra})`);
  }
  return lines;
}

/**
 * Builds the `generate` command; the caller adds it to the `etlbook` program.
 *
 * @returns the commander command
 * @example
 * program.addCommand(generateCommand());
 * // etlbook generate --out data/raw/stream --seed 42
 */
export function generateCommand(): Command {
  return new Command('generate')
    .description('write a deterministic, realistic and deliberately messy Stream dataset (users.csv, products.csv, transactions.csv)')
    .requiredOption('--out <dir>', 'directory to write the CSV files into (created when missing)')
    .option('--seed <n>', 'random seed: the same flags give the same bytes', wholeNumber, DEFAULT_GENERATE_OPTIONS.seed)
    .option('--users <count>', 'number of customers', wholeNumber, DEFAULT_GENERATE_OPTIONS.users)
    .option('--transactions <count>', 'number of payments', wholeNumber, DEFAULT_GENERATE_OPTIONS.transactions)
    .option('--end-date <YYYY-MM-DD>', 'date of the last payment', DEFAULT_GENERATE_OPTIONS.endDate)
    .option('--months <count>', 'months of history, ending with the end date (at least 24)', wholeNumber, DEFAULT_GENERATE_OPTIONS.months)
    .option('--clean', 'no deliberate faults (for benchmarks)', false)
    .option('--fx', 'also write fx_rates.csv into the output directory', false)
    .addHelpText('after', EXAMPLES)
    .action(async (flags: { out: string; seed: number; users: number; transactions: number; endDate: string; months: number; clean: boolean; fx: boolean }, command: Command) => {
      try {
        const { generateStream } = await import('../../generate/index.ts');
        const summary = await generateStream({
          ...flags,
          onProgress:
            flags.transactions >= PROGRESS_FROM
              ? (written, total) => process.stderr.write(`generate: ${Math.round((written / total) * 100)}% (${format(written)} of ${format(total)} transactions)\n`)
              : undefined,
        });
        process.stdout.write(`${toSummaryLines(summary).join('\n')}\n`);
        for (const [file, stats] of Object.entries(summary.files)) {
          if (stats.unfired.length > 0) process.stderr.write(`generate: warning: ${file} is too small for faults ${stats.unfired.join(', ')}\n`);
        }
      } catch (error) {
        command.error(`error: ${error instanceof Error ? error.message : String(error)}`, { exitCode: 1 });
      }
    });
}
