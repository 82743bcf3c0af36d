import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runStream } from '../../src/pipeline/run-stream.ts';
import { loadStreamInputs } from '../../src/ingest/load-stream-inputs.ts';
import { cleanStream } from '../../src/transform/clean-stream.ts';
import { loadStream } from '../../src/load/load-stream.ts';
import { queryAnswers } from '../../src/analysis/query-answers.ts';
import { InputError } from '../../src/ingest/input-error.ts';
import * as aq from 'arquero';
import { EXPECTED_ANSWERS, FIXTURE_FILES, writeStreamFixture } from '../helpers/stream-fixture.ts';
import { dumpTables, testWarehouses } from '../helpers/warehouses.ts';

for (const kind of testWarehouses()) {
  const test = suite(`runStream(warehouse, options) on ${kind.name}`);

  test('answers the hand-worked fixture exactly, to the cent and the row', async () => {
    const { warehouse, schema, dispose } = await kind.open();
    try {
      const { answers } = await runStream(warehouse, { input: await writeStreamFixture(), schema });
      assert.equal(answers, EXPECTED_ANSWERS);
    } finally {
      await dispose();
    }
  });

  test('--as-of counts only what was known that day', async () => {
    const { warehouse, schema, dispose } = await kind.open();
    try {
      const { answers } = await runStream(warehouse, { input: await writeStreamFixture(), schema, asOf: '2025-04-30' });
      assert.is(answers.as_of, '2025-04-30');
      assert.equal(answers.window, ['2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04']);
      assert.equal(answers.top_users.map((user) => [user.customer_id, user.total_spend_usd]), [['C1', 160], ['C3', 25], ['C5', 25], ['C4', 0], ['C6', 0]]);
      assert.equal(answers.categories.map((row) => row.total_sales_usd), [185, 25, 0, -10]);
      assert.equal(answers.monthly_revenue.map((row) => row.growth_pct), [null, null, null, -40, -116.67, -600]);
      assert.equal(answers.avg_transaction.window, { transactions: 5, customers: 4, avg_transaction_usd: 40, avg_revenue_per_user_usd: 50 });
      assert.is(answers.quarantined_revenue_usd, 5);
    } finally {
      await dispose();
    }
  });

  test('the tables carry primary and foreign keys', async () => {
    const { warehouse, schema, dispose } = await kind.open();
    try {
      await runStream(warehouse, { input: await writeStreamFixture(), schema });
      const constraints = await warehouse.query<{ table_name: string; constraint_type: string }>(
        `select table_name, constraint_type from information_schema.table_constraints
         where table_schema = $<schema> and constraint_type in ('PRIMARY KEY', 'FOREIGN KEY') order by 1, 2`,
        { schema },
      );
      const pairs = constraints.map((row) => `${row.table_name} ${row.constraint_type}`);
      for (const expected of ['users PRIMARY KEY', 'products PRIMARY KEY', 'products FOREIGN KEY', 'transactions PRIMARY KEY', 'transactions FOREIGN KEY', 'rejects PRIMARY KEY', 'dim_customers PRIMARY KEY']) {
        assert.ok(pairs.includes(expected), `missing ${expected} in ${pairs.join(', ')}`);
      }
      const fks = pairs.filter((pair) => pair === 'transactions FOREIGN KEY');
      assert.is(fks.length, 2, 'transactions reference both users and products');
    } finally {
      await dispose();
    }
  });

  test('a second run on the same input leaves the same database', async () => {
    const { warehouse, schema, dispose } = await kind.open();
    try {
      const input = await writeStreamFixture();
      await runStream(warehouse, { input, schema });
      const first = await dumpTables(warehouse, schema);
      await runStream(warehouse, { input, schema });
      assert.equal(await dumpTables(warehouse, schema), first);
      const [runs] = await warehouse.query<{ runs: number }>('select count(*)::integer as runs from $<schema:name>.load_runs', { schema });
      assert.is(runs.runs, 2, 'each run is recorded');
    } finally {
      await dispose();
    }
  });

  test('two runs at once queue on the lock: both succeed and the database is as after one', async () => {
    const { warehouse, schema, dispose } = await kind.open();
    try {
      const input = await writeStreamFixture();
      const [first, second] = await Promise.all([runStream(warehouse, { input, schema }), runStream(warehouse, { input, schema })]);
      assert.equal(second.answers, first.answers);
      const both = await dumpTables(warehouse, schema);
      await runStream(warehouse, { input, schema });
      assert.equal(await dumpTables(warehouse, schema), both);
      const runs = await warehouse.query<{ started_at: string; finished_at: string }>(
        'select started_at::text, finished_at::text from $<schema:name>.load_runs order by run_id limit 2',
        { schema },
      );
      assert.ok(runs[1].started_at >= runs[0].finished_at, `the second load began after the first committed: ${JSON.stringify(runs)}`);
    } finally {
      await dispose();
    }
  });

  test('a load that fails midway leaves the database exactly as it was', async () => {
    const { warehouse, schema, dispose } = await kind.open();
    try {
      const input = await writeStreamFixture();
      await runStream(warehouse, { input, schema });
      const before = await dumpTables(warehouse, schema);
      const clean = cleanStream(await loadStreamInputs(input));
      // A transaction pointing at a customer that is not loaded breaks the foreign key when the keys
      // are added, after every table was already copied in the same transaction.
      const broken = { ...clean, transactions: clean.transactions.assign({ customer_id: aq.table({ c: clean.transactions.array('customer_id') }).derive({ c: () => 'NOBODY' }).array('c') }) };
      let failed = false;
      try {
        await loadStream(warehouse, broken, { schema, inputs: [] });
      } catch {
        failed = true;
      }
      assert.ok(failed, 'the broken load must fail');
      assert.equal(await dumpTables(warehouse, schema), before);
    } finally {
      await dispose();
    }
  });

  test('a missing required column fails naming file and column, and loads nothing', async () => {
    const { warehouse, schema, dispose } = await kind.open();
    try {
      await runStream(warehouse, { input: await writeStreamFixture(), schema });
      const before = await dumpTables(warehouse, schema);
      const withoutCurrency = FIXTURE_FILES['transactions.csv'].split('\n').map((line) => line.split(',').filter((_, i) => i !== 4).join(',')).join('\n');
      const input = await writeStreamFixture({ 'transactions.csv': withoutCurrency });
      try {
        await runStream(warehouse, { input, schema });
        assert.unreachable('the run must fail');
      } catch (error) {
        assert.instance(error, InputError);
        assert.match((error as Error).message, 'transactions.csv');
        assert.match((error as Error).message, '"currency"');
      }
      assert.equal(await dumpTables(warehouse, schema), before);
    } finally {
      await dispose();
    }
  });

  test('the materialized spend per user matches the top-users query', async () => {
    const { warehouse, schema, dispose } = await kind.open();
    try {
      await runStream(warehouse, { input: await writeStreamFixture(), schema });
      const rows = await warehouse.query<{ customer_id: string; total_spend_usd: string }>(
        'select customer_id, total_spend_usd::text as total_spend_usd from $<schema:name>.dim_customers as customers order by customers.total_spend_usd desc, customer_id collate "C" limit 5',
        { schema },
      );
      const answers = await queryAnswers(warehouse, { schema });
      assert.equal(rows.map((row) => [row.customer_id, Number(row.total_spend_usd)]), answers.top_users.map((user) => [user.customer_id, user.total_spend_usd]));
    } finally {
      await dispose();
    }
  });

  test.run();
}
