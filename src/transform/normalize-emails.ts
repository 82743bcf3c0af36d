import type { ColumnTable } from 'arquero';
import { normalizeEmail } from '../op/normalize-email.ts';
import { addWarning, textColumn, warningsOf } from '../util/row-state.ts';

/**
 * Lower-cases emails and nulls the invalid ones, with an `invalid_email` warning: the user is
 * kept either way.
 * @param table users after the text rules
 * @param column [column='customer_email'] the email column
 * @returns the table with emails normalized and warnings added
 * @example
 * normalizeEmails(users);
 */
export function normalizeEmails(table: ColumnTable, column = 'customer_email'): ColumnTable {
  const warnings = warningsOf(table);
  const emails = textColumn(table, column).map((text, i) => {
    const { email, invalid } = normalizeEmail(text);
    if (invalid) addWarning(warnings, i, { kind: 'invalid_email', column, value: text });
    return email;
  });
  return table.assign({ [column]: emails, warnings });
}
