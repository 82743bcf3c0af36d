import { setTimeout as sleep } from 'node:timers/promises';
import { formatSql, pgp } from './pgp.ts';
import type { WarehouseSession } from './warehouse.ts';

/**
 * The advisory lock key of a schema, as SQL with a `$<schema>` parameter: loads hold it
 * exclusively (see {@link lockSchema}), snapshot reads shared (see `Warehouse.read`).
 */
export const SCHEMA_LOCK_KEY = 'hashtext($<schema>)';

/** How long the load asks for its tables without waiting, before it queues for them. */
const POLITE_MS = 30_000;

/**
 * Takes the schema for this load, for the rest of the transaction: first the schema's advisory
 * lock, so two loads queue instead of interleaving; then every table and view the schema holds,
 * all at once, before anything is changed.
 *
 * Why all at once, and without waiting: a load drops and rebuilds tables one by one, and a
 * reader's query (a report, a notebook, the answers of the run before) locks the tables it
 * reads one by one in its own order; each could hold what the other waits for, and PostgreSQL
 * would break the deadlock by failing one of them. So the load asks for every table with NOWAIT:
 * if a reader has any, the load takes nothing, steps back to a savepoint and asks again a moment
 * later. A reader therefore never waits on a half-taken load, and never fails because of it.
 * Only after {@link POLITE_MS} of constant reading does the load queue like any other lock
 * (and then retries should PostgreSQL pick it to break a deadlock).
 * @param session the open transaction
 * @param schema the case's schema
 */
export async function lockSchema(session: WarehouseSession, schema: string): Promise<void> {
  await session.query(formatSql(`select pg_advisory_xact_lock(${SCHEMA_LOCK_KEY})::text`, { schema }));
  const relations = await session.query<{ name: string }>(
    formatSql(
      `select c.relname as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = $<schema> and c.relkind in ('r', 'v', 'm', 'p')
       order by c.relname`,
      { schema },
    ),
  );
  if (relations.length === 0) return;
  const names = relations.map(({ name }) => pgp.as.format('$1:name.$2:name', [schema, name])).join(', ');
  const started = performance.now();
  for (let attempt = 1; ; attempt++) {
    const polite = performance.now() - started < POLITE_MS;
    await session.exec('savepoint etlbook_lock_tables');
    try {
      await session.exec(`lock table ${names} in access exclusive mode${polite ? ' nowait' : ''}`);
      await session.exec('release savepoint etlbook_lock_tables');
      return;
    } catch (error) {
      // 55P03: a table is in use (NOWAIT); 40P01: PostgreSQL broke a deadlock against this lock.
      const code = (error as { code?: string }).code;
      if (code !== '55P03' && code !== '40P01') throw error;
      await session.exec('rollback to savepoint etlbook_lock_tables');
      await sleep(Math.min(attempt, 10) * 20);
    }
  }
}
