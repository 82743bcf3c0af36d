import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { copyStatement } from './copy-sql.ts';
import { toSql } from './pgp.ts';
import { WarehouseError, type Row, type SqlQuery, type Warehouse, type WarehouseSession } from './warehouse.ts';

type Queryable = Pick<PGlite, 'query' | 'exec'>;

function session(db: Queryable): WarehouseSession {
  return {
    async query<T extends Row>(sql: SqlQuery, values?: object) {
      return (await db.query<T>(toSql(sql, values))).rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    async copyCsv(target, columns, chunks) {
      await db.query(copyStatement(target, columns, 'blob'), [], { blob: new Blob([...chunks]) });
    },
  };
}

/**
 * Opens (creating if needed) an embedded PostgreSQL in a folder, or in memory.
 * @param dir the data folder, or null for an in-memory database that vanishes on close
 * @returns the warehouse
 * @example
 * const warehouse = await openPglite('.etlbook/warehouse');
 */
export async function openPglite(dir: string | null): Promise<Warehouse> {
  if (dir !== null) await mkdir(dir, { recursive: true });
  let db: PGlite;
  try {
    db = await PGlite.create(dir ?? undefined);
  } catch (error) {
    throw new WarehouseError(`cannot open the embedded warehouse in ${dir}: ${(error as Error).message}`, { cause: error });
  }
  const outside = session(db);
  return {
    kind: 'pglite',
    location: dir ?? 'in memory',
    query: outside.query,
    transaction: (work) => db.transaction((tx) => work(session(tx))),
    close: () => db.close(),
  };
}
