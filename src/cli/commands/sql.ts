import { Command } from 'commander';
import Table from 'cli-table3';
import { openWarehouse } from '../../load/open-warehouse.ts';
import { formatSql } from '../../load/pgp.ts';
import { withWarehouseOptions, type WarehouseFlags } from '../options.ts';
import { reportError } from '../errors.ts';

interface SqlFlags extends WarehouseFlags {
  json?: boolean;
  verbose?: boolean;
}

/**
 * `etlbook sql`: query the warehouse and print the result.
 * @returns the command
 */
export function sqlCommand(): Command {
  const command = new Command('sql')
    .description('run a SQL query against the warehouse and print the rows (the case schema is on the search path)')
    .argument('<query>', 'the SQL to run, e.g. "select * from dim_customers limit 5"')
    .option('--json', 'print the rows as a JSON array')
    .option('--verbose', 'stack traces on errors');
  withWarehouseOptions(command);
  return command
    .addHelpText('after', `
Tables: users, products, transactions, rejects, warnings, load_runs; marts: fct_transactions, dim_customers.

Examples:
  $ etlbook sql "select reason, count(*) from rejects group by reason"
  $ etlbook sql --json "select * from dim_customers order by total_spend_usd desc limit 5"
`)
    .action(async (query: string, flags: SqlFlags) => {
      let warehouse;
      try {
        warehouse = await openWarehouse({ db: flags.db, dir: flags.warehouse });
        const rows = await warehouse.transaction(async (session) => {
          await session.exec(formatSql('set local search_path to $<schema:name>, public', { schema: flags.schema }));
          return session.query(query);
        });
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(rows, (_, value) => (typeof value === 'bigint' ? value.toString() : value), 2)}\n`);
          return;
        }
        const head = rows.length ? Object.keys(rows[0]) : [];
        const table = new Table({ head, style: { head: [], border: [] } });
        table.push(...rows.map((row) => head.map((name) => show(row[name]))));
        process.stdout.write(`${rows.length ? table.toString() : '(no rows)'}\n${rows.length} row${rows.length === 1 ? '' : 's'}\n`);
      } catch (error) {
        process.exitCode = reportError(error, flags.verbose);
      } finally {
        await warehouse?.close();
      }
    });
}

function show(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
