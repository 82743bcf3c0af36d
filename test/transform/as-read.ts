import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

/**
 * A tiny table shaped like `fromCsv` output, for transform tests: `line` (2, 3, … as if
 * under a header), `raw`, `reason`, then the named columns. A row given as a string stands
 * for a record with the wrong number of fields: it is `bad_row`, its columns null.
 */
export function asRead(columns: readonly string[], rows: ((string | null)[] | string)[]): ColumnTable {
  const table: Record<string, unknown[]> = { line: [], raw: [], reason: [] };
  for (const name of columns) table[name] = [];
  rows.forEach((row, i) => {
    table.line.push(i + 2);
    table.raw.push(typeof row === 'string' ? row : row.map((value) => value ?? '').join(','));
    table.reason.push(typeof row === 'string' ? 'bad_row' : null);
    columns.forEach((name, c) => table[name].push(typeof row === 'string' ? null : row[c]));
  });
  return aq.table(table);
}
