/** How a cell value is shown in a table: its text, and whether it is missing or numeric. */
export interface FormattedValue {
  text: string;
  missing: boolean;
  numeric: boolean;
}

/**
 * Formats one table value for display, the same way in HTML and plain text: dates as ISO 8601 in UTC,
 * numbers as written by JavaScript, `null`, `undefined` and `NaN` as missing.
 * @param value A value from an Arquero column or a SQL result row.
 * @returns The text and how to align and mark it.
 * @example
 * formatValue(new Date(0)); // { text: '1970-01-01T00:00:00.000Z', missing: false, numeric: false }
 */
export function formatValue(value: unknown): FormattedValue {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
    return { text: value === null ? 'null' : value === undefined ? 'undefined' : 'NaN', missing: true, numeric: false };
  }
  if (typeof value === 'number' || typeof value === 'bigint') return { text: String(value), missing: false, numeric: true };
  if (value instanceof Date) {
    return { text: Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString(), missing: false, numeric: false };
  }
  if (typeof value === 'string') return { text: value, missing: false, numeric: false };
  if (typeof value === 'object') {
    try {
      return { text: JSON.stringify(value, (_key, inner) => (typeof inner === 'bigint' ? String(inner) : inner)), missing: false, numeric: false };
    } catch {
      return { text: String(value), missing: false, numeric: false };
    }
  }
  return { text: String(value), missing: false, numeric: false };
}

/**
 * Names the type of a column from its values: the one JavaScript type all non-missing values share,
 * `date` for Date objects, `mixed` when they differ, `empty` when every value is missing.
 * @param values The column's values.
 * @returns A short type name such as `number`, `string`, `date`, `boolean`, `bigint`, `object`.
 * @example
 * columnType([1, null, 3]); // 'number'
 */
export function columnType(values: Iterable<unknown>): string {
  let type: string | undefined;
  for (const value of values) {
    if (formatValue(value).missing) continue;
    const own = value instanceof Date ? 'date' : Array.isArray(value) ? 'array' : typeof value;
    if (type === undefined) type = own;
    else if (type !== own) return 'mixed';
  }
  return type ?? 'empty';
}
