import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { copyStatement } from './copy-sql.ts';
import { pgp, toSql } from './pgp.ts';
import { WarehouseError, type Row, type SqlQuery, type Warehouse } from './warehouse.ts';

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
