import type { pgp } from './pgp.ts';

/** SQL text, or a file from `sql/` (a pg-promise QueryFile). */
export type SqlQuery = string | InstanceType<typeof pgp.QueryFile>;

/** A row as the warehouse returns it: column name to value. */
export type Row = Record<string, unknown>;

/** One connection inside a transaction: everything a load does. */
export interface WarehouseSession {
  /** Runs one statement and returns its rows; with `values`, named parameters are formatted by pg-promise first. */
  query<T extends Row = Row>(sql: SqlQuery, values?: object): Promise<T[]>;
  /** Runs a script of several statements, no results. */
  exec(sql: string): Promise<void>;
  /**
   * Bulk-loads CSV text with COPY FROM STDIN (never row-by-row inserts).
   * @param target the schema-qualified table, as `{ schema, table }`
   * @param columns the columns the CSV holds, in order
   * @param chunks CSV (RFC 4180, no header; an unquoted empty field is NULL), as text or UTF-8 bytes
   */
  copyCsv(target: { schema: string; table: string }, columns: readonly string[], chunks: Iterable<string | Uint8Array>): Promise<void>;
  /**
   * Bulk-loads PostgreSQL's binary COPY format (see `toCopyBinary`): bytes go in as they are,
   * with no text encoding on the way.
   * @param target the schema-qualified table
   * @param columns the columns each tuple holds, in order
   * @param chunks the binary stream: header, tuples and trailer
   */
  copyBinary(target: { schema: string; table: string }, columns: readonly string[], chunks: Iterable<Buffer>): Promise<void>;
}

/** Runs one read-only statement and returns its rows (see `Warehouse.read`). */
export type ReadQuery = <T extends Row = Row>(sql: SqlQuery, values?: object) => Promise<T[]>;

/** A PostgreSQL warehouse: embedded PGlite or a server; the same SQL runs on both. */
export interface Warehouse {
  readonly kind: 'pglite' | 'postgres';
  /** Where it is, for messages (never a password). */
  readonly location: string;
  /** Runs one statement outside any explicit transaction. */
  query<T extends Row = Row>(sql: SqlQuery, values?: object): Promise<T[]>;
  /**
   * Runs read-only `work` on one snapshot: every query it makes sees the same committed data,
   * whatever commits meanwhile. On a server, queries made at once run side by side, two at a
   * time, each on a connection of its own that shares the snapshot; on PGlite they run in turn.
   * @param work the reading
   * @param options `schema`: a load of this schema under way is waited for before the snapshot
   *   is taken, and a load that comes later waits until the reading is done
   */
  read<T>(work: (query: ReadQuery) => Promise<T>, options?: { schema?: string }): Promise<T>;
  /** Runs `work` in one transaction: all of it commits, or none of it does. */
  transaction<T>(work: (session: WarehouseSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A warehouse that cannot be reached or opened. */
export class WarehouseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WarehouseError';
  }
}
