import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadStreamInputs } from '../ingest/load-stream-inputs.ts';
import { cleanStream } from '../transform/clean-stream.ts';
import { loadStream } from '../load/load-stream.ts';
import { openWarehouse } from '../load/open-warehouse.ts';
import { queryAnswers } from '../analysis/query-answers.ts';
import { buildStreamReport } from '../pipeline/write-stream-report.ts';
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
  const { transactions, seed = 42, db, log = (line: string) => process.stderr.write(`${line}\n`) } = options;
  const users = options.users ?? Math.max(200, Math.round(transactions / 20));
  const dir = await mkdtemp(join(tmpdir(), 'etlbook-bench-'));
  const schema = `etlbook_bench_${process.pid}`;
  const figures: StageFigure[] = [];
  const warehouse = await openWarehouse({ db: db ?? '', dir: join(dir, 'warehouse') });
  try {
    log(`generating ${transactions.toLocaleString('en-US')} transactions, ${users.toLocaleString('en-US')} users`);
    // In a child process: the generator's memory must not count in the pipeline's peak RSS.
    await promisify(execFile)(process.execPath, [CLI, 'generate', '--out', join(dir, 'input'), '--transactions', String(transactions), '--users', String(users), '--seed', String(seed)]);
    const inputs = await measure(figures, 'read', transactions, () => loadStreamInputs(join(dir, 'input')));
    const read = inputs.transactions.table.numRows() + inputs.users.table.numRows() + inputs.products.table.numRows();
    figures[figures.length - 1].rows = read;
    log('cleaning');
    const clean = await measure(figures, 'clean', read, () => cleanStream(inputs));
    const loaded = clean.users.numRows() + clean.products.numRows() + clean.transactions.numRows() + clean.rejects.numRows();
    log(`loading ${warehouse.kind}`);
    await measure(figures, 'load (COPY, keys, marts)', loaded, () => loadStream(warehouse, clean, { schema, inputs: inputs.files }));
    const answers = await measure(figures, 'answer (SQL)', clean.transactions.numRows(), () => queryAnswers(warehouse, { schema }));
    await measure(figures, 'report', 0, () => buildStreamReport(warehouse, { schema }));
    const total = figures.reduce((sum, figure) => sum + figure.seconds, 0);
    figures.push({ stage: 'total', seconds: total, rows: read, peakRssMiB: Math.max(...figures.map((figure) => figure.peakRssMiB)) });

    const lines = [
      `etlbook bench: ${transactions.toLocaleString('en-US')} transactions generated (${read.toLocaleString('en-US')} rows read in all), ${warehouse.kind} (${warehouse.location})`,
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      '',
      formatFigures(figures),
    ];
    if (warehouse.kind === 'postgres' && db) {
      log('measuring the psql \\copy floor on the same rows');
      try {
        const floor = await measurePsqlFloor(db, clean, answers.as_of);
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
