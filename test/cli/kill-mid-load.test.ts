import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { generateStream } from '../../src/generate/index.ts';
import { openPglite } from '../../src/load/open-pglite.ts';
import { openPostgres } from '../../src/load/open-postgres.ts';
import { runStream } from '../../src/pipeline/run-stream.ts';
import type { Warehouse } from '../../src/load/warehouse.ts';
import { dumpTables } from '../helpers/warehouses.ts';

const CLI = new URL('../../src/cli/etlbook.js', import.meta.url).pathname;

/**
 * Starts the real `etlbook run`, waits until it says it is loading, lets the load run for
 * `afterMs`, then kills it with SIGKILL: no handler, no rollback from the client.
 * @returns the signal that ended it and the progress it printed
 */
function killMidLoad(args: string[], afterMs: number): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'run', '--no-report', ...args], { env: { ...process.env, DATABASE_URL: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let armed = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!armed && /etlbook: (loading|merging)/.test(stderr)) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, stderr }));
  });
}

const kinds: { name: string; open: () => Promise<{ warehouse: Warehouse; schema: string; args: string[]; reopen: () => Promise<Warehouse>; dispose: () => Promise<void> }> }[] = [
  {
    name: 'pglite',
    async open() {
      const dir = await mkdtemp(join(tmpdir(), 'etlbook-kill-'));
      return { warehouse: await openPglite(dir), schema: 'stream', args: ['--warehouse', dir], reopen: () => openPglite(dir), dispose: async () => {} };
    },
  },
];
const url = process.env.DATABASE_URL;
if (url) {
  kinds.push({
    name: 'postgres',
    async open() {
      const schema = `etlbook_kill_${process.pid}_${Date.now()}`;
      const warehouse = await openPostgres(url);
      return {
        warehouse,
        schema,
        args: ['--db', url, '--schema', schema],
        reopen: () => openPostgres(url),
        async dispose() {
          const cleanup = await openPostgres(url);
          await cleanup.query('drop schema if exists $<schema:name> cascade', { schema });
          await cleanup.close();
        },
      };
    },
  });
}

let bigInput: string | undefined;
/** Large enough that the load takes seconds on either warehouse, so the kill lands inside it. */
async function largeInput(): Promise<string> {
  if (!bigInput) {
    bigInput = await mkdtemp(join(tmpdir(), 'etlbook-kill-input-'));
    await generateStream({ out: bigInput, transactions: 100_000, users: 5_000, seed: 7 });
  }
  return bigInput;
}

for (const kind of kinds) {
  for (const [mode, engine] of [['replace', 'memory'], ['merge', 'memory'], ['replace', 'chunked']] as const) {
    const test = suite(`kill -9 during etlbook run --mode ${mode} --engine ${engine} on ${kind.name}`);

    test('leaves the warehouse exactly as it was, and the next run loads', async () => {
      const input = await largeInput();
      const { warehouse, schema, args, reopen, dispose } = await kind.open();
      try {
        await runStream(warehouse, { input: 'data/raw/stream', schema, mode });
        const before = await dumpTables(warehouse, schema);
        // PGlite's folder belongs to one process at a time.
        await warehouse.close();

        const killed = await killMidLoad([...args, '--input', input, '--mode', mode, '--engine', engine, '--chunk-rows', '10000'], 300);
        assert.is(killed.signal, 'SIGKILL');
        // Killed after the load began and before it committed (the answers come after the commit).
        assert.match(killed.stderr, /etlbook: (loading|merging)/);
        assert.not.match(killed.stderr, 'answering the questions', `the kill must land during the load; it came after:\n${killed.stderr}`);

        let after = await reopen();
        try {
          assert.equal(await dumpTables(after, schema), before);
        } finally {
          await after.close();
        }
        // Nothing is left locked or half-made: a run to the end succeeds.
        after = await reopen();
        try {
          const result = await runStream(after, { input: 'data/raw/stream', schema, mode: 'replace', engine });
          const [loaded] = await after.query<{ n: number }>('select count(*)::integer as n from $<schema:name>.transactions', { schema });
          assert.is(loaded.n, result.clean?.counts['transactions.csv'].loaded);
          assert.is(loaded.n, 39_169);
          const [count] = await after.query<{ n: number }>('select count(*)::integer as n from $<schema:name>.load_runs', { schema });
          assert.is(count.n, 2, 'the killed run left no record');
        } finally {
          await after.close();
        }
      } finally {
        await dispose();
      }
    });

    test.run();
  }
}
