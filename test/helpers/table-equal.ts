import * as assert from 'uvu/assert';
import type { ColumnTable } from 'arquero';

/**
 * Asserts that a table holds exactly the given columns, in order, with the given values.
 * Compares column literals, like arquero's own test helper.
 */
export function tableEqual(table: ColumnTable, expected: Record<string, unknown[]>, message?: string): void {
  const actual: Record<string, unknown[]> = {};
  for (const name of table.columnNames()) actual[name] = Array.from(table.array(name) as ArrayLike<unknown>);
  assert.equal(actual, expected, message);
}
