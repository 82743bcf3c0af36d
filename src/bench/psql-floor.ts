import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { CleanStream } from '../transform/clean-stream.ts';
import { toCopyCsv } from '../load/to-copy-csv.ts';
import { formatSql } from '../load/pgp.ts';
import { sqlFile } from '../load/sql-files.ts';

const exec = promisify(execFile);

/**
 * The load floor: what plain `psql \copy` of the same cleaned rows costs on the same server,
 * into unconstrained tables, then adding the keys and running the answer queries. Nothing
 * etlbook does in Node is counted, so the ratio to it is the price of the pipeline.
 * @param url the server's connection URL
 * @param clean the cleaned rows (written to CSV files first, untimed)
 * @param asOf the as-of date for the queries
 * @returns seconds for copy, keys and queries
 */
export async function measurePsqlFloor(url: string, clean: CleanStream, asOf: string): Promise<{ copy: number; keys: number; queries: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'etlbook-floor-'));
  const schema = `etlbook_floor_${process.pid}`;
  const psql = (sql: string) => exec('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql], { maxBuffer: 64 << 20 });
  try {
    const files = {
      users: ['customer_id text, customer_name text, customer_email text, source_line integer', toCopyCsv(clean.users, ['customer_id', 'customer_name', 'customer_email', 'line'].map((from) => ({ from })))],
      products: [
        'subscription_id text, customer_id text, plan_id text, plan_name text, product_category text, billing_interval text, contract_amount numeric(18,2), billing_status text, source_line integer',
        toCopyCsv(clean.products, [{ from: 'subscription_id' }, { from: 'customer_id' }, { from: 'plan_id' }, { from: 'plan_name' }, { from: 'product_category' }, { from: 'billing_interval' }, { from: 'contract_amount_cents', as: 'cents' }, { from: 'billing_status' }, { from: 'line' }]),
      ],
      transactions: [
        'transaction_id text, customer_id text, subscription_id text, transaction_date date, total_amount numeric(18,2), currency text, usd_per_unit numeric, amount_usd numeric(18,2), source_line integer',
        toCopyCsv(clean.transactions, [{ from: 'transaction_id' }, { from: 'customer_id' }, { from: 'subscription_id' }, { from: 'transaction_date' }, { from: 'total_amount_cents', as: 'cents' }, { from: 'currency' }, { from: 'usd_per_unit' }, { from: 'amount_usd_cents', as: 'cents' }, { from: 'line' }]),
      ],
    } as const;
    for (const [table, [, chunks]] of Object.entries(files)) await writeFile(join(dir, `${table}.csv`), [...chunks].join(''));
    await psql(formatSql('drop schema if exists $<schema:name> cascade; create schema $<schema:name>;', { schema }));
    for (const [table, [columns]] of Object.entries(files)) await psql(`create table "${schema}".${table} (${columns})`);

    let started = performance.now();
    for (const table of Object.keys(files)) await psql(`\\copy "${schema}".${table} from '${join(dir, `${table}.csv`)}' with (format csv)`);
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
