import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { copyStatement } from './copy-sql.ts';
import { SCHEMA_LOCK_KEY } from './locks.ts';
import { pgp, toSql } from './pgp.ts';
import { WarehouseError, type ReadQuery, type Row, type SqlQuery, type Warehouse } from './warehouse.ts';

/**
 * Describes a connection URL without its password.
 * @param url a `postgres://` URL
 * @returns `user@host:port/database`
 */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.username ? decodeURIComponent(parsed.username) + '@' : ''}${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the given connection URL';
  }
}

/** Connections a read-only snapshot uses side by side (see `Warehouse.read`); the pool holds four. */
const READ_LANES = 2;

/**
 * Connects to a PostgreSQL server through pg-promise and checks the connection at once, so a
 * wrong host or password fails within seconds with a clear message.
 * @param url a `postgres://user:password@host:port/database` URL
 * @returns the warehouse
 * @throws WarehouseError when the server cannot be reached or refuses the login
 * @example
 * const warehouse = await openPostgres(process.env.DATABASE_URL!);
 */
export async function openPostgres(url: string): Promise<Warehouse> {
  const location = describeUrl(url);
  const db = pgp({ connectionString: url, connectionTimeoutMillis: 5000, max: 4, application_name: 'etlbook' });
  try {
    const probe = await db.connect();
    probe.done();
  } catch (error) {
    await db.$pool.end();
    throw new WarehouseError(`cannot connect to PostgreSQL at ${location}: ${(error as Error).message}`, { cause: error });
  }
  return {
    kind: 'postgres',
    location,
    query: <T extends Row>(sql: SqlQuery, values?: object) => db.any<T>(toSql(sql, values)),
    async read(work, { schema } = {}) {
      const lanes: Awaited<ReturnType<typeof db.connect>>[] = [];
      let held = false;
      try {
        if (schema !== undefined) {
          // Outside any transaction, so that the snapshot below is taken once the lock is granted:
          // a read that began during a load sees what the load committed.
          lanes.push(await db.connect());
          await lanes[0].any(toSql(`select pg_advisory_lock_shared(${SCHEMA_LOCK_KEY})::text`, { schema }));
          held = true;
        }
        // The first lane's snapshot, exported, is the one the other lane reads as well.
        for (let lane = 0; lane < READ_LANES; lane++) {
          if (lanes.length === lane) lanes.push(await db.connect());
          const connection = lanes[lane];
          await connection.none('begin isolation level repeatable read read only');
          if (lane === 0) continue;
          const [{ snapshot }] = await lanes[0].any<{ snapshot: string }>('select pg_export_snapshot() as snapshot');
          await connection.none(toSql('set transaction snapshot $<snapshot>', { snapshot }));
        }
        // Two questions at a time keep two cores busy; a parallel plan's workers on top of them
        // only contend for the same cores. Measured on two cores, the Stream answers at 1M
        // payments: 2.3 s this way, 3.4 s with parallel plans, 4.0 s one question at a time
        // (at 10M: 26 s, 28 s, 36 s).
        for (const lane of lanes) await lane.none('set local max_parallel_workers_per_gather = 0');
        const idle = [...lanes];
        const waiting: (() => void)[] = [];
        const query: ReadQuery = async <T extends Row>(sql: SqlQuery, values?: object) => {
          while (idle.length === 0) await new Promise<void>((resolve) => waiting.push(resolve));
          const lane = idle.pop() as (typeof lanes)[number];
          try {
            return await lane.any<T>(toSql(sql, values));
          } finally {
            idle.push(lane);
            waiting.shift()?.();
          }
        };
        const result = await work(query);
        for (const lane of lanes) await lane.none('commit');
        return result;
      } catch (error) {
        for (const lane of lanes) await lane.none('rollback').catch(() => undefined);
        throw error;
      } finally {
        let released = !held;
        if (held) released = await lanes[0].any(toSql(`select pg_advisory_unlock_shared(${SCHEMA_LOCK_KEY})::text`, { schema })).then(() => true, () => false);
        // A connection that could not let go of the lock is closed rather than pooled with it.
        lanes.forEach((lane, i) => lane.done(i === 0 && !released));
      }
    },
    async transaction(work) {
      // A dedicated connection, so COPY streams run inside the same transaction as the rest.
      const connection = await db.connect();
      try {
        await connection.none('begin');
        const result = await work({
          query: <T extends Row>(sql: SqlQuery, values?: object) => connection.any<T>(toSql(sql, values)),
          exec: async (sql) => {
            await connection.multi(sql);
          },
          async copyCsv(target, columns, chunks) {
            // pg's typings only know query() returning a promise; with a COPY stream it returns the stream.
            const stream = connection.client.query(copyFrom(copyStatement(target, columns, 'stdin'))) as unknown as NodeJS.WritableStream;
            // Read ahead by two chunks at most: they can be large.
            await pipeline(Readable.from(chunks, { highWaterMark: 2 }), stream);
          },
          async copyBinary(target, columns, chunks) {
            const stream = connection.client.query(copyFrom(copyStatement(target, columns, 'stdin', 'binary'))) as unknown as NodeJS.WritableStream;
            await pipeline(Readable.from(chunks, { highWaterMark: 2 }), stream);
          },
        });
        await connection.none('commit');
        return result;
      } catch (error) {
        await connection.none('rollback').catch(() => undefined);
        throw error;
      } finally {
        connection.done();
      }
    },
    close: () => db.$pool.end(),
  };
}
