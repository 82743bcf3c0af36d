import { Command, Option } from 'commander';
import { openWarehouse } from '../../load/open-warehouse.ts';
import { runStream } from '../../pipeline/run-stream.ts';
import { formatSummary } from '../../analysis/format-summary.ts';
import { parseAsOf, VERSION, wholeNumberAtLeast, withWarehouseOptions, type WarehouseFlags } from '../options.ts';
import { reportError } from '../errors.ts';
import { warmUpReport, writeRunReport } from './report.ts';

interface RunFlags extends WarehouseFlags {
  input: string;
  mode: 'replace' | 'merge';
  engine: 'auto' | 'memory' | 'chunked';
  chunkRows: number;
  asOf?: string;
  json?: boolean;
  report: boolean;
  out: string;
  quiet?: boolean;
  verbose?: boolean;
}


/**
 * `etlbook run`: the whole pipeline from an input directory to answers (and the report).
 * @returns the command
 */
export function runCommand(): Command {
  const command = new Command('run')
    .description('ingest the three CSV files, clean them by the contract, load PostgreSQL, answer the questions and write the report')
    .option('-i, --input <dir>', 'directory with users.csv, products.csv, transactions.csv (and optionally fx_rates.csv)', 'data/raw/stream')
    .addOption(new Option('--mode <mode>', 'replace: rebuild the warehouse from this input; merge: add it as a later batch (a later extract wins)').choices(['replace', 'merge']).default('replace'))
    .addOption(new Option('--engine <engine>', 'memory: every file as Arquero tables; chunked: transactions.csv read and settled in chunks by a worker thread, in bounded memory; auto: chunked from 12 MiB of transactions, about 240,000 rows (a merge is always in memory)').choices(['auto', 'memory', 'chunked']).default('auto'))
    .option('--chunk-rows <n>', 'transactions per chunk for the chunked engine', wholeNumberAtLeast(1), 10_000)
    .option('--as-of <date>', 'answer as known on this date, YYYY-MM-DD (default: the latest loaded transaction date)', parseAsOf)
    .option('--json', 'print exactly the answers document (JSON) on stdout, nothing else')
    .option('--no-report', 'do not write the HTML report')
    .option('--out <file>', 'where to write the HTML report', 'exports/report.html')
    .option('-q, --quiet', 'no progress on stderr')
    .option('--verbose', 'stack traces on errors');
  withWarehouseOptions(command);
  return command
    .addHelpText('after', `
Examples:
  $ etlbook run                                   # the committed sample, embedded warehouse
  $ etlbook run --input ~/exports/stream --json   # answers document on stdout
  $ etlbook run --db postgres://localhost/analytics --as-of 2025-03-31
  $ etlbook run --input exports/2025-07 --mode merge  # add July's extract to what is loaded
`)
    .action(async (flags: RunFlags) => {
      const progress = flags.quiet ? () => {} : (line: string) => process.stderr.write(`etlbook: ${line}\n`);
      let warehouse;
      try {
        warehouse = await openWarehouse({ db: flags.db, dir: flags.warehouse });
        const result = await runStream(warehouse, { input: flags.input, mode: flags.mode, engine: flags.engine, rowsPerChunk: flags.chunkRows, schema: flags.schema, asOf: flags.asOf ?? null, version: VERSION, progress, meanwhile: flags.report ? warmUpReport : undefined, report: flags.report });
        if (flags.report) {
          const file = await writeRunReport(warehouse, { schema: flags.schema, asOf: result.answers.as_of, out: flags.out, command: describeCommand(flags), data: result.reportData });
          progress(`report written to ${file}`);
        }
        process.stdout.write(flags.json ? `${JSON.stringify(result.answers, null, 2)}\n` : formatSummary(result.answers));
        const t = result.timings;
        const stages = Object.entries(t).map(([stage, ms]) => `${stage} ${ms} ms`).join(', ');
        progress(`done in ${(Object.values(t).reduce((sum, ms) => sum + ms, 0) / 1000).toFixed(1)} s (${stages})`);
      } catch (error) {
        process.exitCode = reportError(error, flags.verbose);
      } finally {
        await warehouse?.close();
      }
    });
}

/** The command a reader of the report would type to reproduce it (no connection URL: it may hold a password). */
function describeCommand(flags: RunFlags): string {
  return ['etlbook run', `--input ${flags.input}`, flags.mode === 'merge' ? '--mode merge' : '', flags.asOf ? `--as-of ${flags.asOf}` : '', flags.db ? '--db <url>' : ''].filter(Boolean).join(' ');
}
