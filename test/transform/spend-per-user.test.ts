import { suite } from 'uvu';
import * as aq from 'arquero';
import { spendPerUser } from '../../src/transform/spend-per-user.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const test = suite('spendPerUser(users, transactions, {asOf})');

const users = aq.table({ customer_id: ['C1', 'C2', 'C3'], customer_name: ['Ada', 'Bob', 'Cy'], customer_email: [null, null, null] });

test('sums each user\'s transactions, net of refunds, most spend first, 0 for a user with none', () => {
  const transactions = aq.table({
    customer_id: ['C1', 'C2', 'C1', 'C2'],
    amount_usd_cents: [1000, 500, -300, 700],
    transaction_date: ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04'],
  });
  tableEqual(spendPerUser(users, transactions), {
    customer_id: ['C2', 'C1', 'C3'],
    customer_name: ['Bob', 'Ada', 'Cy'],
    transactions: [2, 2, 0],
    total_spend_cents: [1200, 700, 0],
  });
});

test('counts only transactions dated on or before the as-of date', () => {
  const transactions = aq.table({
    customer_id: ['C1', 'C1', 'C2'],
    amount_usd_cents: [100, 900, 200],
    transaction_date: ['2025-01-31', '2025-02-01', '2025-01-15'],
  });
  tableEqual(spendPerUser(users, transactions, { asOf: '2025-01-31' }), {
    customer_id: ['C2', 'C1', 'C3'],
    customer_name: ['Bob', 'Ada', 'Cy'],
    transactions: [1, 1, 0],
    total_spend_cents: [200, 100, 0],
  });
});

test('breaks ties by customer_id in code point order, case-sensitive', () => {
  const tied = aq.table({ customer_id: ['b', 'B', '\u{1F600}', '\uFF21', 'a'], customer_name: ['1', '2', '3', '4', '5'] });
  const transactions = aq.table({ customer_id: [], amount_usd_cents: [], transaction_date: [] });
  tableEqual(spendPerUser(tied, transactions).select('customer_id'), { customer_id: ['B', 'a', 'b', '\uFF21', '\u{1F600}'] });
});

test.run();
