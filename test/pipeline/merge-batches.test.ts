import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runStream } from '../../src/pipeline/run-stream.ts';
import type { Warehouse } from '../../src/load/warehouse.ts';
import { writeStreamFixture, FIXTURE_FILES } from '../helpers/stream-fixture.ts';
import { splitIntoBatches } from '../helpers/split-batches.ts';
import { dumpTables, testWarehouses } from '../helpers/warehouses.ts';

/**
 * What the warehouse holds, apart from where each row sat: lines and batch numbers differ
 * between batches and their concatenation, nothing else may.
 */
async function contents(warehouse: Warehouse, schema: string): Promise<Record<string, unknown>> {
  const dump = await dumpTables(warehouse, schema);
  const placeless = (rows: unknown) =>
    (rows as Record<string, unknown>[])
      .map((row) => JSON.stringify(Object.entries(row).filter(([key]) => !['source_line', 'source_batch', 'line', 'batch', 'warning_id'].includes(key))))
      .sort();
  return Object.fromEntries(Object.entries(dump).map(([table, rows]) => [table, placeless(rows)]));
}

for (const kind of testWarehouses()) {
  const test = suite(`etlbook run --mode merge on ${kind.name}`);

  test('batches merged one by one give the warehouse and answers of one run over their concatenation', async () => {
    const { batches, whole } = await splitIntoBatches('data/raw/stream', [0.3, 0.75]);
    const merged = await kind.open();
    const single = await kind.open();
    try {
      let last;
      for (const batch of batches) last = await runStream(merged.warehouse, { input: batch, schema: merged.schema, mode: 'merge' });
      const once = await runStream(single.warehouse, { input: whole, schema: single.schema });
      assert.is(last?.batch, 3);
      assert.equal(last?.answers, once.answers);
      assert.equal(await contents(merged.warehouse, merged.schema), await contents(single.warehouse, single.schema));
    } finally {
      await merged.dispose();
      await single.dispose();
    }
  });

  test('a later batch corrects an earlier one and brings the parents of its orphans', async () => {
    const { warehouse, schema, dispose } = await kind.open();
    try {
      const first = await writeStreamFixture();
      // S3 belongs to C9, who is not in the first extract: S3 is an orphan until C9 arrives.
      await runStream(warehouse, { input: first, schema, mode: 'merge' });
      const orphans = await warehouse.query<{ n: number }>("select count(*)::integer as n from $<schema:name>.rejects where reason = 'orphan_customer' and raw_text like 'S3,%'", { schema });
      assert.is(orphans[0].n, 1);
      const second = await writeStreamFixture({
        'users.csv': 'customer_id,customer_name,customer_email\nC9,Ivy,ivy@ivy.io\nC4,Dee Corrected,d@d.co\n',
        'products.csv': FIXTURE_FILES['products.csv'].split('\n')[0] + '\n',
        'transactions.csv': FIXTURE_FILES['transactions.csv'].split('\n')[0] + '\n',
      });
      const result = await runStream(warehouse, { input: second, schema, mode: 'merge' });
      assert.is(result.batch, 2);
      const [s3] = await warehouse.query<{ customer_id: string; source_batch: number }>('select customer_id, source_batch from $<schema:name>.products where subscription_id = $<id>', { schema, id: 'S3' });
      assert.equal({ ...s3, source_batch: Number(s3.source_batch) }, { customer_id: 'C9', source_batch: 1 }, 'S3 loads once C9 exists');
      const [c4] = await warehouse.query<{ customer_name: string }>('select customer_name from $<schema:name>.users where customer_id = $<id>', { schema, id: 'C4' });
      assert.is(c4.customer_name, 'Dee Corrected', 'the later extract wins');
      const [superseded] = await warehouse.query<{ batch: number; reason: string }>("select batch, reason from $<schema:name>.rejects where raw_text like 'C4,%'", { schema });
      assert.equal({ ...superseded, batch: Number(superseded.batch) }, { batch: 1, reason: 'superseded' });
      assert.is(result.answers.reconciliation['users.csv'].read, 9);
    } finally {
      await dispose();
    }
  });

  test('a batch already loaded is a no-op, reported as such', async () => {
    const { warehouse, schema, dispose } = await kind.open();
    try {
      const input = await writeStreamFixture();
      await runStream(warehouse, { input, schema, mode: 'merge' });
      const before = await dumpTables(warehouse, schema);
      const lines: string[] = [];
      const again = await runStream(warehouse, { input: await writeStreamFixture(), schema, mode: 'merge', progress: (line) => lines.push(line) });
      assert.ok(again.alreadyLoaded);
      assert.is(again.batch, 1);
      assert.is(again.runId, null);
      assert.ok(lines.some((line) => line.includes('loaded as batch 1: nothing to do')), lines.join('\n'));
      assert.equal(await dumpTables(warehouse, schema), before);
      const [runs] = await warehouse.query<{ n: number }>('select count(*)::integer as n from $<schema:name>.load_runs', { schema });
      assert.is(runs.n, 1);
    } finally {
      await dispose();
    }
  });

  test('a replace run forgets the batches merged before', async () => {
    const { warehouse, schema, dispose } = await kind.open();
    try {
      const { batches } = await splitIntoBatches(await writeStreamFixture(), [0.5]);
      for (const batch of batches) await runStream(warehouse, { input: batch, schema, mode: 'merge' });
      const replaced = await runStream(warehouse, { input: batches[1], schema });
      assert.is(replaced.batch, 1);
      const [stored] = await warehouse.query<{ batches: number }>('select count(distinct batch)::integer as batches from $<schema:name>.input_files', { schema });
      assert.is(stored.batches, 1);
      const merged = await runStream(warehouse, { input: batches[0], schema, mode: 'merge' });
      assert.is(merged.batch, 2, 'a merge after a replace builds on the replace alone');
    } finally {
      await dispose();
    }
  });

  test.run();
}
