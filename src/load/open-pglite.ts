import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
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
      await db.query(copyStatement(target, columns, 'blob'), [], { blob: new Blob([...chunks] as BlobPart[]) });
    },
    async copyBinary(target, columns, chunks) {
      await db.query(copyStatement(target, columns, 'blob', 'binary'), [], { blob: new Blob([...chunks] as unknown as BlobPart[]) });
    },
  };
}

/** The file that marks a warehouse folder as open, holding the owner's process id. */
export const LOCK_FILE = '.etlbook-lock';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Claims a warehouse folder for this process. PGlite is one PostgreSQL in one process: two
 * processes writing one folder would corrupt it, so the second is refused. A lock left by a
 * process that no longer runs (killed with -9, say) is taken over.
 * @returns a function that releases the claim
 */
function claimFolder(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number(readFileSync(path, 'utf8').trim());
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
      throw new WarehouseError(
        `the embedded warehouse in ${dir} is in use by another process (pid ${owner}${owner === process.pid ? ', this one' : ''}); wait for it to finish, or give another folder with --warehouse`,
      );
    }
    rmSync(path, { force: true });
  }
}

/**
 * Opens (creating if needed) an embedded PostgreSQL in a folder, or in memory. A folder is
 * open in one process at a time: a second process is refused with a clear message.
 * @param dir the data folder, or null for an in-memory database that vanishes on close
 * @returns the warehouse
 * @throws WarehouseError when another process has the folder open, or it cannot be opened
 * @example
 * const warehouse = await openPglite('.etlbook/warehouse');
 */
export async function openPglite(dir: string | null): Promise<Warehouse> {
  if (dir !== null) await mkdir(dir, { recursive: true });
  const release = dir === null ? () => {} : claimFolder(dir);
  let db: PGlite;
  try {
    db = await PGlite.create(dir ?? undefined);
  } catch (error) {
    release();
    throw new WarehouseError(`cannot open the embedded warehouse in ${dir}: ${(error as Error).message}`, { cause: error });
  }
  const outside = session(db);
  return {
    kind: 'pglite',
    location: dir ?? 'in memory',
    query: outside.query,
    // One process, one connection: the queries take turns, in one transaction for one snapshot.
    read: (work) => db.transaction((tx) => work(session(tx).query)),
    transaction: (work) => db.transaction((tx) => work(session(tx))),
    async close() {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}
