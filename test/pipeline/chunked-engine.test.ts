import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runStream } from '../../src/pipeline/run-stream.ts';
import { EXPECTED_ANSWERS, writeStreamFixture } from '../helpers/stream-fixture.ts';
import { dumpTables, testWarehouses } from '../helpers/warehouses.ts';

for (const kind of testWarehouses()) {
  const test = suite(`runStream with the chunked engine on ${kind.name}`);

  for (const workers of [1, 0] as const) {
    test(`answers the hand-worked fixture exactly, in chunks of 2 rows, ${workers ? 'settled in a worker thread' : 'settled on the calling thread'}`, async () => {
      const { warehouse, schema, dispose } = await kind.open();
      try {
        const result = await runStream(warehouse, { input: await writeStreamFixture(), schema, engine: 'chunked', rowsPerChunk: 2, workers });
        assert.equal(result.answers, EXPECTED_ANSWERS);
        assert.is(result.clean?.transactions.numRows(), 0, 'transactions never sat in memory whole');
      } finally {
        await dispose();
      }
    });
  }

  test('gives the in-memory engine\'s warehouse and answers, row for row, on the 40,000-payment sample', async () => {
    const memory = await kind.open();
    const chunked = await kind.open();
    try {
      const inMemory = await runStream(memory.warehouse, { input: 'data/raw/stream', schema: memory.schema, engine: 'memory' });
      const copied: number[] = [];
      const inChunks = await runStream(chunked.warehouse, {
        input: 'data/raw/stream',
        schema: chunked.schema,
        engine: 'chunked',
        rowsPerChunk: 7_000,
        // Two COPY groups of three chunks each, the second one short.
        rowsPerCopy: 15_000,
        progress: (line) => {
          const rows = /transactions\.csv: ([\d,]+) rows read/.exec(line)?.[1];
          if (rows) copied.push(Number(rows.replace(/,/g, '')));
        },
      });
      assert.equal(copied, [40_055], 'progress says how many rows were read');
      assert.equal(inChunks.answers, inMemory.answers);
      assert.equal(inChunks.clean?.counts, inMemory.clean?.counts);
      assert.equal(await dumpTables(chunked.warehouse, chunked.schema), await dumpTables(memory.warehouse, memory.schema));
      const runs = async (warehouse: typeof memory.warehouse, schema: string) =>
        (await warehouse.query<{ inputs: unknown }>('select inputs from $<schema:name>.load_runs', { schema })).map((row) => (typeof row.inputs === 'string' ? JSON.parse(row.inputs) : row.inputs));
      assert.equal(await runs(chunked.warehouse, chunked.schema), await runs(memory.warehouse, memory.schema), 'the same files, SHA-256s and row counts recorded');
      const kept = (warehouse: typeof memory.warehouse, schema: string) =>
        warehouse.query('select batch, file, sha256, part, md5(content) as md5 from $<schema:name>.input_files order by batch, file, part', { schema });
      assert.equal(await kept(chunked.warehouse, chunked.schema), await kept(memory.warehouse, memory.schema), 'the same input files kept, with their SHA-256s');
    } finally {
      await memory.dispose();
      await chunked.dispose();
    }
  });

  test('a CSV error deep in transactions.csv rolls the whole load back', async () => {
    const { warehouse, schema, dispose } = await kind.open();
    try {
      await runStream(warehouse, { input: await writeStreamFixture(), schema });
      const before = await dumpTables(warehouse, schema);
      const broken = await writeStreamFixture({
        'transactions.csv': 'transaction_id,customer_id,subscription_id,total_amount,currency,transaction_date\n' + 'T1,C1,S1,1,USD,2025-01-01\n'.repeat(5) + 'T9,C1,S1,"1,USD,2025-01-01\n',
      });
      try {
        await runStream(warehouse, { input: broken, schema, engine: 'chunked', rowsPerChunk: 2 });
        assert.unreachable('the run must fail');
      } catch (error) {
        assert.match((error as Error).message, 'transactions.csv:7');
        assert.match((error as Error).message, 'never closed');
      }
      assert.equal(await dumpTables(warehouse, schema), before);
    } finally {
      await dispose();
    }
  });

  test.run();
}
