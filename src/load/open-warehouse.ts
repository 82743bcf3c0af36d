import { openPostgres } from './open-postgres.ts';
import type { Warehouse } from './warehouse.ts';

/** Where the warehouse is. */
export interface WarehouseOptions {
  /** [db=process.env.DATABASE_URL] a `postgres://` URL; when set, a PostgreSQL server is used */
  db?: string;
  /** [dir='.etlbook/warehouse'] the embedded warehouse's folder when no URL is given; null for in memory */
  dir?: string | null;
}

/** The embedded warehouse's default folder, relative to the working directory. */
export const DEFAULT_WAREHOUSE_DIR = '.etlbook/warehouse';

/**
 * Opens the warehouse: a PostgreSQL server when a URL is given (or `DATABASE_URL` is set),
 * otherwise the embedded PGlite database persisted in a folder.
 * @param options see {@link WarehouseOptions}
 * @returns the open warehouse; close it when done
 * @example
 * const warehouse = await openWarehouse({ db: 'postgres://localhost/analytics' });
 */
export async function openWarehouse({ db = process.env.DATABASE_URL, dir = DEFAULT_WAREHOUSE_DIR }: WarehouseOptions = {}): Promise<Warehouse> {
  if (db) return openPostgres(db);
  // Loaded only when used: PGlite's module is large, and a server run has no need of it.
  const { openPglite } = await import('./open-pglite.ts');
  return openPglite(dir);
}
