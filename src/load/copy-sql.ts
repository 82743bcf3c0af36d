import { formatSql } from './pgp.ts';

/**
 * The COPY statement for CSV (or PostgreSQL's binary) input; identifiers are quoted by pg-promise.
 * @param target schema and table
 * @param columns the input's columns in order
 * @param source `STDIN` for a server, `'/dev/blob'` for PGlite
 * @param format ['csv'] `csv` or `binary`
 * @returns the statement
 */
export function copyStatement(target: { schema: string; table: string }, columns: readonly string[], source: 'stdin' | 'blob', format: 'csv' | 'binary' = 'csv'): string {
  const from = source === 'stdin' ? 'stdin' : `'/dev/blob'`;
  return formatSql(`copy $<schema:name>.$<table:name> ($<columns:name>) from ${from} with (format ${format === 'binary' ? 'binary' : 'csv'})`, { ...target, columns });
}
