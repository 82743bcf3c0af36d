import { suite } from 'uvu';
import * as aq from 'arquero';
import { rejectMissingKeys } from '../../src/transform/reject-missing-keys.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const test = suite('rejectMissingKeys(table, key)');

test('rejects rows whose key is empty as missing_id', () => {
  const table = aq.table({ reason: [null, null], transaction_id: ['T1', null] });
  tableEqual(rejectMissingKeys(table, 'transaction_id'), { reason: [null, 'missing_id'], transaction_id: ['T1', null] });
});

test('keeps the first reason of a row already rejected', () => {
  const table = aq.table({ reason: ['bad_row', 'bad_row'], transaction_id: [null, 'T2'] });
  tableEqual(rejectMissingKeys(table, 'transaction_id'), { reason: ['bad_row', 'bad_row'], transaction_id: [null, 'T2'] });
});

test('checks only the named key column', () => {
  const table = aq.table({ reason: [null], subscription_id: ['S1'], customer_id: [null] });
  tableEqual(rejectMissingKeys(table, 'subscription_id'), { reason: [null], subscription_id: ['S1'], customer_id: [null] });
});

test.run();
