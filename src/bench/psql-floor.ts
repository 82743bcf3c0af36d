import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { formatSql } from '../load/pgp.ts';
import { sqlFile } from '../load/sql-files.ts';

const exec = promisify(execFile);

/** The loaded tables the floor copies, with the columns it needs. */
const TABLES = {
  users: 'customer_id text, customer_name text, customer_email text, source_line integer',
  products: 'subscription_id text, customer_id text, plan_id text, plan_name text, product_category text, billing_interval text, contract_amount numeric(18,2), billing_status text, source_line integer',
  transactions: 'transaction_id text, customer_id text, subscription_id text, transaction_date date, total_amount numeric(18,2), currency text, usd_per_unit numeric, amount_usd numeric(18,2), source_line integer',
} as const;

/**
 * The load floor: what plain `psql \copy` of the same cleaned rows costs on the same server,
 * into unconstrained tables, then adding the keys and running the answer queries. Nothing
 * etlbook does in Node is counted, so the ratio to it is the price of the pipeline.
 * @param url the server's connection URL
 * @param loaded the schema etlbook just loaded: its rows are exported to CSV first, untimed
 * @param asOf the as-of date for the queries
 * @returns seconds for copy, keys and queries
 */
export async function measurePsqlFloor(url: string, loaded: string, asOf: string): Promise<{ copy: number; keys: number; queries: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'etlbook-floor-'));
  const schema = `etlbook_floor_${process.pid}`;
  const psql = (sql: string) => exec('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql], { maxBuffer: 64 << 20 });
  const columnsOf = (definition: string) => definition.split(', ').map((column) => column.split(' ')[0]).join(', ');
  try {
    for (const [table, definition] of Object.entries(TABLES)) {
      await psql(`\\copy (select ${columnsOf(definition)} from "${loaded}".${table}) to '${join(dir, `${table}.csv`)}' with (format csv)`);
    }
    await psql(formatSql('drop schema if exists $<schema:name> cascade; create schema $<schema:name>;', { schema }));
    for (const [table, definition] of Object.entries(TABLES)) await psql(`create table "${schema}".${table} (${definition})`);

    let started = performance.now();
    for (const table of Object.keys(TABLES)) await psql(`\\copy "${schema}".${table} from '${join(dir, `${table}.csv`)}' with (format csv)`);
    const copy = (performance.now() - started) / 1000;

    started = performance.now();
    await psql(`alter table "${schema}".users add primary key (customer_id);
      alter table "${schema}".products add primary key (subscription_id), add foreign key (customer_id) references "${schema}".users;
      alter table "${schema}".transactions add primary key (transaction_id), add foreign key (customer_id) references "${schema}".users,
        add foreign key (subscription_id) references "${schema}".products;`);
    const keys = (performance.now() - started) / 1000;

    // The same question files, on a plain view standing in for the mart.
    await psql(`create view "${schema}".fct_transactions as
      select t.*, p.product_category, date_trunc('month', t.transaction_date)::date as transaction_month
      from "${schema}".transactions t join "${schema}".products p using (subscription_id)`);
    started = performance.now();
    for (const name of ['top_users', 'category_sales', 'monthly_revenue', 'avg_transaction']) {
      await psql(formatSql(sqlFile('queries', name), { schema, as_of: asOf, limit: 5 }));
    }
    const queries = (performance.now() - started) / 1000;
    return { copy, keys, queries };
  } finally {
    await psql(formatSql('drop schema if exists $<schema:name> cascade', { schema })).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}
