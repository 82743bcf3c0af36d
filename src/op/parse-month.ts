const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Parses an FX-table month, `YYYY-MM` with a month from 01 to 12 and a year from 0001.
 *
 * @param text - Text-normalized field.
 * @returns The month unchanged, or null when it is not a valid `YYYY-MM`.
 * @example
 * parseMonth('2025-03'); // '2025-03'
 * parseMonth('2025-3'); // null
 */
export function parseMonth(text: string): string | null {
  const match = MONTH.exec(text);
  if (match === null || match[1] === '0000') return null;
  return text;
}
