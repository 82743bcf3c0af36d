import { suite } from 'uvu';
import * as aq from 'arquero';
import { normalizeEmails } from '../../src/transform/normalize-emails.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const test = suite('normalizeEmails(table, column)');

test('lower-cases valid emails without a warning', () => {
  const table = aq.table({ customer_email: ['Ada@Example.COM'] });
  tableEqual(normalizeEmails(table), { customer_email: ['ada@example.com'], warnings: [null] });
});

test('nulls an invalid email, keeps the row and records invalid_email with the text as given', () => {
  const table = aq.table({ reason: [null, null], customer_email: ['Ada.Example.com', 'b@c.co'] });
  tableEqual(normalizeEmails(table), {
    reason: [null, null],
    customer_email: [null, 'b@c.co'],
    warnings: [[{ kind: 'invalid_email', column: 'customer_email', value: 'Ada.Example.com' }], null],
  });
});

test('treats an empty email as missing, without a warning', () => {
  const table = aq.table({ customer_email: [null] });
  tableEqual(normalizeEmails(table), { customer_email: [null], warnings: [null] });
});

test('adds to the warnings a row already has', () => {
  const earlier = { kind: 'unknown_category', column: 'x', value: 'y' };
  const table = aq.table({ contact: ['nope'], warnings: [[earlier]] });
  tableEqual(normalizeEmails(table, 'contact'), {
    contact: [null],
    warnings: [[earlier, { kind: 'invalid_email', column: 'contact', value: 'nope' }]],
  });
});

test.run();
