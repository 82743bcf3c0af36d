import type { Answers, ReportData } from '../../contract/answers.ts';
import { Command } from 'commander';
import { openWarehouse } from '../../load/open-warehouse.ts';
import type { Warehouse } from '../../load/warehouse.ts';
import { parseAsOf, withWarehouseOptions, type WarehouseFlags } from '../options.ts';
import { reportError } from '../errors.ts';

/**
 * Writes the HTML report from a loaded warehouse.
 * @param warehouse the loaded warehouse
 * @param options schema, as-of date, output file and the command to cite
 * @returns the file written
 */
export async function writeRunReport(
  warehouse: Warehouse,
  options: { schema: string; asOf?: string | null; out: string; command: string; answers?: Answers; data?: ReportData },
): Promise<string> {
  // Plot, jsdom and the diagrams' renderer load only when a report is written.
  const { writeStreamReport } = await import('../../pipeline/write-stream-report.ts');
  return writeStreamReport(warehouse, options.out, options);
}

/**
 * Starts loading what the report is drawn with (its modules and the charts' DOM), without
 * waiting for it: for a moment when the caller only waits, so the report does not wait later.
 */
export function warmUpReport(): void {
  void import('../../pipeline/write-stream-report.ts')
    .then(() => import('../../report/render-chart.ts'))
    .then(({ warmUpCharts }) => warmUpCharts())
    // Not essential: whatever failed here fails again, with its message, when the report is written.
    .catch(() => undefined);
}

interface ReportFlags extends WarehouseFlags {
  asOf?: string;
  out: string;
  verbose?: boolean;
}

/**
 * `etlbook report`: the static HTML report from the loaded warehouse.
 * @returns the command
 */
export function reportCommand(): Command {
  const command = new Command('report')
    .description('write the static HTML performance report from the loaded warehouse')
    .option('--as-of <date>', 'report as known on this date, YYYY-MM-DD (default: the latest loaded transaction date)', parseAsOf)
    .option('--out <file>', 'where to write the report', 'exports/report.html')
    .option('--verbose', 'stack traces on errors');
  withWarehouseOptions(command);
  return command
    .addHelpText('after', `
Run \`etlbook run\` first to load the warehouse (it writes the report too, unless --no-report).

Examples:
  $ etlbook report
  $ etlbook report --as-of 2025-03-31 --out /tmp/q1.html
`)
    .action(async (flags: ReportFlags) => {
      let warehouse;
      try {
        warehouse = await openWarehouse({ db: flags.db, dir: flags.warehouse });
        const file = await writeRunReport(warehouse, { schema: flags.schema, asOf: flags.asOf, out: flags.out, command: `etlbook report${flags.asOf ? ` --as-of ${flags.asOf}` : ''}` });
        process.stderr.write(`etlbook: report written to ${file}\n`);
      } catch (error) {
        process.exitCode = reportError(error, flags.verbose);
      } finally {
        await warehouse?.close();
      }
    });
}
