import type { ColumnTable } from 'arquero';
import { columnValues } from '../util/row-state.ts';

/** How a column is written for COPY. */
export type CopyColumn = { from: string; as?: 'text' | 'cents' | 'json' };

/**
 * Formats whole cents as an exact decimal: 1234 → `12.34`, -5 → `-0.05`.
 * @param cents an integer
 * @returns decimal text for a numeric column
 */
export function centsToDecimal(cents: number): string {
  const magnitude = cents < 0 ? -cents : cents;
  const whole = Math.floor(magnitude / 100);
  const fraction = magnitude - whole * 100;
  return (cents < 0 ? '-' : '') + whole + (fraction < 10 ? '.0' : '.') + fraction;
}

/**
 * Whether COPY's CSV reads a string back as itself unquoted: none of `"`, `,`, CR, LF, nor a
 * backslash, so that no line can ever read as the end-of-data marker `\.`. (Empty text is
 * quoted apart.) A loop over the code units: for the short values of a table, cheaper than a
 * regular expression.
 */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x2c || code === 0x5c || code === 0x0a || code === 0x0d) return false;
  }
  return true;
}

/**
 * Serializes a table to CSV chunks for `COPY … FROM STDIN WITH (FORMAT csv)`: null is an
 * unquoted empty field (NULL), an empty string is `""`, text is quoted only where it must be, cents columns become exact decimals,
 * json columns JSON text.
 * Chunked so a large table is never one giant string.
 * @param table the rows
 * @param columns which columns, in the COPY's order, and how to write each
 * @param rowsPerChunk [rowsPerChunk=20000] rows per yielded chunk
 * @param rows [every row] the indices of the rows to write, in order: cheaper than a filtered
 *   table, whose columns Arquero copies out
 * @returns CSV text chunks
 * @example
 * warehouse.copyCsv(target, names, toCopyCsv(users, [{ from: 'customer_id' }, { from: 'line' }]));
 */
export function* toCopyCsv(table: ColumnTable, columns: readonly CopyColumn[], rowsPerChunk = 20000, rows?: ArrayLike<number>): Generator<string> {
  const arrays = columns.map((column) => columnValues(table, column.from));
  const cents = columns.map((column) => column.as === 'cents');
  const json = columns.map((column) => column.as === 'json');
  const n = rows ? rows.length : table.numRows();
  for (let start = 0; start < n; start += rowsPerChunk) {
    // One string per chunk, grown in place: cheaper than a string per line joined afterwards.
    let text = '';
    for (let k = start; k < Math.min(n, start + rowsPerChunk); k++) {
      const i = rows ? rows[k] : k;
      for (let c = 0; c < arrays.length; c++) {
        const value = arrays[c][i];
        if (c > 0) text += ',';
        // COPY's CSV: an unquoted empty field is NULL, a quoted one is text.
        if (value === null || value === undefined) continue;
        if (cents[c]) text += centsToDecimal(value as number);
        else if (json[c]) text += `"${JSON.stringify(value).replace(/"/g, '""')}"`;
        else if (typeof value === 'number') text += value;
        else {
          const string = String(value);
          if (string === '') text += '""';
          else if (isPlain(string)) text += string;
          else text += `"${string.replace(/"/g, '""')}"`;
        }
      }
      text += '\n';
    }
    yield text;
  }
}
