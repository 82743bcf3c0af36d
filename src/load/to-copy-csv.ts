import type { ColumnTable } from 'arquero';

/** How a column is written for COPY. */
export type CopyColumn = { from: string; as?: 'text' | 'cents' | 'json' };

/**
 * Formats whole cents as an exact decimal: 1234 → `12.34`, -5 → `-0.05`.
 * @param cents an integer
 * @returns decimal text for a numeric column
 */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Serializes a table to CSV chunks for `COPY … FROM STDIN WITH (FORMAT csv)`: null is an
 * unquoted empty field (NULL), an empty string is `""`, cents columns become exact decimals,
 * json columns JSON text.
 * Chunked so a large table is never one giant string.
 * @param table the rows
 * @param columns which columns, in the COPY's order, and how to write each
 * @param rowsPerChunk [rowsPerChunk=20000] rows per yielded chunk
 * @returns CSV text chunks
 * @example
 * warehouse.copyCsv(target, names, toCopyCsv(users, [{ from: 'customer_id' }, { from: 'line' }]));
 */
export function* toCopyCsv(table: ColumnTable, columns: readonly CopyColumn[], rowsPerChunk = 20000): Generator<string> {
  const arrays = columns.map((column) => table.array(column.from) as ArrayLike<unknown>);
  const cents = columns.map((column) => column.as === 'cents');
  const json = columns.map((column) => column.as === 'json');
  const n = table.numRows();
  for (let start = 0; start < n; start += rowsPerChunk) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(n, start + rowsPerChunk); i++) {
      let line = '';
      for (let c = 0; c < arrays.length; c++) {
        const value = arrays[c][i];
        if (c > 0) line += ',';
        // COPY's CSV: an unquoted empty field is NULL, a quoted one is text, so every string is quoted.
        if (value === null || value === undefined) continue;
        if (cents[c]) line += centsToDecimal(value as number);
        else if (json[c]) line += `"${JSON.stringify(value).replace(/"/g, '""')}"`;
        else if (typeof value === 'number') line += String(value);
        else {
          const text = String(value);
          line += text.includes('"') ? `"${text.replace(/"/g, '""')}"` : `"${text}"`;
        }
      }
      lines.push(line);
    }
    yield `${lines.join('\n')}\n`;
  }
}
