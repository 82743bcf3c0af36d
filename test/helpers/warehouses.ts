import { openPglite } from '../../src/load/open-pglite.ts';
import { openPostgres } from '../../src/load/open-postgres.ts';
import type { Warehouse } from '../../src/load/warehouse.ts';

/** A warehouse for one test, with a schema of its own that `dispose` drops. */
export interface TestWarehouse {
  name: string;
  warehouse: Warehouse;
  schema: string;
  dispose(): Promise<void>;
}

let counter = 0;

/**
 * The warehouses every integration test runs on: embedded PGlite always, and the PostgreSQL
 * server named by DATABASE_URL when it is set. Each gets a fresh schema; tests never touch
 * data they did not create.
 * @returns factories, by name
 */
export function testWarehouses(): { name: string; open(): Promise<TestWarehouse> }[] {
  const kinds = [
    {
      name: 'pglite',
      async open(): Promise<TestWarehouse> {
        const warehouse = await openPglite(null);
        return { name: 'pglite', warehouse, schema: 'stream', dispose: () => warehouse.close() };
      },
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url) {
    kinds.push({
      name: 'postgres',
      async open(): Promise<TestWarehouse> {
        const warehouse = await openPostgres(url);
        const schema = `etlbook_test_${process.pid}_${++counter}`;
        return {
          name: 'postgres',
          warehouse,
          schema,
          async dispose() {
            await warehouse.query('drop schema if exists $<schema:name> cascade', { schema });
            await warehouse.close();
          },
        };
      },
    });
  }
  return kinds;
}

/**
 * Every row of the case's tables, in a stable order: a fingerprint of the database's content.
 * @param warehouse the warehouse
 * @param schema the case's schema
 * @returns table name → rows, or `missing` where the table does not exist
 */
export async function dumpTables(warehouse: Warehouse, schema: string): Promise<Record<string, unknown>> {
  const dump: Record<string, unknown> = {};
  const tables: [string, string][] = [
    ['users', 'customer_id'], ['products', 'subscription_id'], ['transactions', 'transaction_id'],
    ['rejects', 'batch, file, line'], ['warnings', 'batch, file, line, kind, column_name'], ['dim_customers', 'customer_id'],
  ];
  for (const [table, order] of tables) {
    const [exists] = await warehouse.query<{ found: boolean }>('select to_regclass($<name>) is not null as found', { name: `"${schema}".${table}` });
    dump[table] = exists.found
      ? (await warehouse.query(`select * from $<schema:name>.$<table:name> order by ${order}`, { schema, table })).map((row) =>
          Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value === null ? null : String(value)])),
        )
      : 'missing';
  }
  return dump;
}
