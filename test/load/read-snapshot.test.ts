import { setTimeout as sleep } from 'node:timers/promises';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lockSchema } from '../../src/load/locks.ts';
import type { Warehouse } from '../../src/load/warehouse.ts';
import { testWarehouses } from '../helpers/warehouses.ts';

const count = 'select count(*)::integer as n from $<schema:name>.t';

async function create(warehouse: Warehouse, schema: string): Promise<void> {
  await warehouse.query('create schema if not exists $<schema:name>', { schema });
  await warehouse.query('create table $<schema:name>.t (x integer)', { schema });
}

for (const kind of testWarehouses()) {
  const test = suite(`Warehouse.read(work) on ${kind.name}`);

  test('answers queries made at once, each with its own rows', async () => {
    const { warehouse, schema, dispose } = await kind.open();
    try {
      await create(warehouse, schema);
      await warehouse.query('insert into $<schema:name>.t select generate_series(1, 100)', { schema });
      const sums = await warehouse.read((query) =>
        Promise.all([1, 2, 3, 4, 5].map((k) => query<{ s: number }>('select sum(x * $<k>)::integer as s from $<schema:name>.t', { schema, k }))),
      );
      assert.equal(sums.map(([row]) => row.s), [5050, 10100, 15150, 20200, 25250]);
    } finally {
      await dispose();
    }
  });

  if (kind.name === 'postgres') {
    test('every query sees the data as it was when the read began, whatever commits meanwhile', async () => {
      const { warehouse, schema, dispose } = await kind.open();
      try {
        await create(warehouse, schema);
        await warehouse.query('insert into $<schema:name>.t values (1)', { schema });
        const counts = await warehouse.read(async (query) => {
          const [before] = await query<{ n: number }>(count, { schema });
          await warehouse.query('insert into $<schema:name>.t values (2)', { schema });
          const after = await Promise.all([query<{ n: number }>(count, { schema }), query<{ n: number }>(count, { schema })]);
          return [before.n, ...after.map(([row]) => row.n)];
        });
        assert.equal(counts, [1, 1, 1]);
        assert.equal(await warehouse.query(count, { schema }), [{ n: 2 }]);
      } finally {
        await dispose();
      }
    });

    test('a read of a schema waits for its load under way, and sees what the load committed', async () => {
      const { warehouse, schema, dispose } = await kind.open();
      try {
        await create(warehouse, schema);
        let committed = false;
        const load = warehouse.transaction(async (session) => {
          await lockSchema(session, schema);
          await session.query('insert into $<schema:name>.t select generate_series(1, 10)', { schema });
          await sleep(300);
          committed = true;
        });
        await sleep(100);
        const seen = await warehouse.read((query) => query<{ n: number }>(count, { schema }), { schema });
        await load;
        assert.ok(committed);
        assert.equal(seen, [{ n: 10 }]);
      } finally {
        await dispose();
      }
    });

    test('a load of the schema waits until a read of it is done', async () => {
      const { warehouse, schema, dispose } = await kind.open();
      try {
        await create(warehouse, schema);
        const events: string[] = [];
        let load: Promise<void> | undefined;
        await warehouse.read(async (query) => {
          load = warehouse.transaction(async (session) => {
            await lockSchema(session, schema);
            events.push('load');
          });
          await sleep(300);
          await query(count, { schema });
          events.push('read');
        }, { schema });
        await load;
        assert.equal(events, ['read', 'load']);
      } finally {
        await dispose();
      }
    });
  }

  test.run();
}
