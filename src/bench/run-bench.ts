import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openWarehouse } from '../load/open-warehouse.ts';
import { runStream, type RunStreamOptions } from '../pipeline/run-stream.ts';
import { buildStreamReport } from '../pipeline/write-stream-report.ts';
import { warmUpCharts } from '../report/render-chart.ts';
import { formatFigures, measure, type StageFigure } from './measure.ts';
import { measurePsqlFloor } from './psql-floor.ts';

const CLI = fileURLToPath(new URL('../cli/etlbook.js', import.meta.url));

/** Options for {@link runBench}. */
export interface BenchOptions {
  /** Transactions to generate. */
  transactions: number;
  /** [users=transactions / 20, at least 200] users to generate */
  users?: number;
  /** [db=undefined] a PostgreSQL URL; without one the embedded PGlite warehouse is measured */
  db?: string;
  /** [engine='auto'] see `runStream` */
  engine?: RunStreamOptions['engine'];
  /** [seed=42] generator seed */
  seed?: number;
  /** [log=stderr] where progress goes */
  log?: (line: string) => void;
}

/**
 * Measures the pipeline on generated data: seconds, rows/s and peak RSS per stage, and on a
 * server the `psql \copy` floor of the same rows in the same run, with the ratio to it.
 * @param options see {@link BenchOptions}
 * @returns the report, as text
 * @example
 * console.log(await runBench({ transactions: 100_000 }));
 */
export async function runBench(options: BenchOptions): Promise<string> {
  const { transactions, seed = 42, db, engine = 'auto', log = (line: string) => process.stderr.write(`${line}\n`) } = options;
  const users = options.users ?? Math.max(200, Math.round(transactions / 20));
  const dir = await mkdtemp(join(tmpdir(), 'etlbook-bench-'));
  const schema = `etlbook_bench_${process.pid}`;
  const warehouse = await openWarehouse({ db: db ?? '', dir: join(dir, 'warehouse') });
  try {
    log(`generating ${transactions.toLocaleString('en-US')} transactions, ${users.toLocaleString('en-US')} users`);
    // In a child process: the generator's memory must not count in the pipeline's peak RSS.
    await promisify(execFile)(process.execPath, [CLI, 'generate', '--out', join(dir, 'input'), '--transactions', String(transactions), '--users', String(users), '--seed', String(seed)]);

    // runStream times its own stages; the peak RSS at each stage's end is sampled from its progress.
    const rssAt: Record<string, number> = {};
    const peakRss = () => Math.round(process.resourceUsage().maxRSS / 1024);
    const stageOf: [RegExp, string][] = [[/^applying/, 'read'], [/^loading|^merging/, 'clean'], [/^answering/, 'load']];
    const result = await runStream(warehouse, {
      input: join(dir, 'input'),
      schema,
      engine,
      // As `etlbook run` does: the report's DOM loads while the database adds the keys.
      meanwhile: warmUpCharts,
      // As `etlbook run` does: the report's questions are asked beside the answers.
      report: true,
      progress: (line) => {
        log(line);
        for (const [pattern, stage] of stageOf) if (pattern.test(line)) rssAt[stage] = peakRss();
      },
    });
    rssAt.answer = peakRss();
    const read = result.inputs.files.slice(0, 3).reduce((sum, file) => sum + file.rows, 0);
    const labels: Record<string, string> = { read: 'read', clean: 'clean', load: 'load (COPY, keys, marts)', answer: 'answer (SQL)' };
    const figures: StageFigure[] = Object.entries(result.timings).map(([stage, ms]) => ({
      stage: labels[stage] ?? stage,
      seconds: ms / 1000,
      rows: stage === 'answer' ? 0 : read,
      peakRssMiB: rssAt[stage] ?? peakRss(),
    }));
    await measure(figures, 'report', 0, () => buildStreamReport(warehouse, { schema, data: result.reportData }));
    const total = figures.reduce((sum, figure) => sum + figure.seconds, 0);
    figures.push({ stage: 'total', seconds: total, rows: read, peakRssMiB: peakRss() });

    const chunked = result.clean?.transactions.numRows() === 0 && (result.clean?.counts['transactions.csv'].loaded ?? 0) > 0;
    const lines = [
      `etlbook bench: ${transactions.toLocaleString('en-US')} transactions generated (${read.toLocaleString('en-US')} rows read in all), ${warehouse.kind} (${warehouse.location}), ${chunked ? 'chunked' : 'in-memory'} engine`,
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      '',
      formatFigures(figures),
    ];
    if (warehouse.kind === 'postgres' && db) {
      log('measuring the psql \\copy floor on the same rows');
      try {
        const floor = await measurePsqlFloor(db, schema, result.answers.as_of);
        const floorTotal = floor.copy + floor.keys + floor.queries;
        const pipeline = figures.filter((figure) => ['load (COPY, keys, marts)', 'answer (SQL)'].includes(figure.stage)).reduce((sum, figure) => sum + figure.seconds, 0);
        lines.push(
          '',
          `floor (psql \\copy into unconstrained tables ${floor.copy.toFixed(2)} s + keys ${floor.keys.toFixed(2)} s + queries ${floor.queries.toFixed(2)} s): ${floorTotal.toFixed(2)} s`,
          `ratio, end to end (total / floor): ${(total / floorTotal).toFixed(2)}×; load + answer only: ${(pipeline / floorTotal).toFixed(2)}×`,
        );
      } catch (error) {
        lines.push('', `floor not measured: ${(error as Error).message.split('\n')[0]} (is psql installed?)`);
      }
    }
    return lines.join('\n');
  } finally {
    if (warehouse.kind === 'postgres') await warehouse.query('drop schema if exists $<schema:name> cascade', { schema }).catch(() => undefined);
    await warehouse.close();
    await rm(dir, { recursive: true, force: true });
  }
}
