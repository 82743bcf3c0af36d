import { formatSql } from './pgp.ts';

/**
 * The COPY statement for CSV input; identifiers are quoted by pg-promise.
 * @param target schema and table
 * @param columns the CSV's columns in order
 * @param source `STDIN` for a server, `'/dev/blob'` for PGlite
 * @returns the statement
 */
export function copyStatement(target: { schema: string; table: string }, columns: readonly string[], source: 'stdin' | 'blob'): string {
  const from = source === 'stdin' ? 'stdin' : `'/dev/blob'`;
  return formatSql(`copy $<schema:name>.$<table:name> ($<columns:name>) from ${from} with (format csv)`, { ...target, columns });
}
