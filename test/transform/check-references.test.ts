import { suite } from 'uvu';
import * as aq from 'arquero';
import { rejectOrphanProducts, rejectOrphanTransactions } from '../../src/transform/check-references.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const users = aq.table({ reason: [null, null, 'superseded', 'bad_row', 'missing_id'], customer_id: ['C1', 'C2', 'C2', null, null] });

const products = suite('rejectOrphanProducts(products, users)');

products('keeps products of loaded users', () => {
  const table = aq.table({ reason: [null, null], subscription_id: ['S1', 'S2'], customer_id: ['C1', 'C2'] });
  tableEqual(rejectOrphanProducts(table, users).select('reason'), { reason: [null, null] });
});

products('rejects a product whose customer is empty or unknown as orphan_customer', () => {
  const table = aq.table({ reason: [null, null, null], subscription_id: ['S1', 'S2', 'S3'], customer_id: [null, 'C9', 'c1'] });
  tableEqual(rejectOrphanProducts(table, users).select('reason'), { reason: ['orphan_customer', 'orphan_customer', 'orphan_customer'] });
});

products('checks against loaded users only: a product of a rejected user is an orphan', () => {
  const parents = aq.table({ reason: ['bad_date', null, 'orphan_customer'], customer_id: ['C3', 'C5', 'C6'] });
  const table = aq.table({ reason: [null, null, null], subscription_id: ['S1', 'S2', 'S3'], customer_id: ['C3', 'C5', 'C6'] });
  tableEqual(rejectOrphanProducts(table, parents).select('reason'), { reason: ['orphan_customer', null, 'orphan_customer'] });
});

products('keeps the reason of a product already rejected', () => {
  const table = aq.table({ reason: ['bad_amount', 'duplicate'], subscription_id: ['S1', 'S1'], customer_id: ['C9', 'C9'] });
  tableEqual(rejectOrphanProducts(table, users).select('reason'), { reason: ['bad_amount', 'duplicate'] });
});

products.run();

const transactions = suite('rejectOrphanTransactions(transactions, {users, products})');

const parents = {
  users,
  products: aq.table({
    reason: [null, null, 'orphan_customer', 'bad_amount'],
    subscription_id: ['S1', 'S2', 'S3', 'S4'],
    customer_id: ['C1', 'C2', 'C9', 'C1'],
  }),
};

const payments = (reasons: (string | null)[], customers: (string | null)[], subscriptions: (string | null)[]) =>
  aq.table({ reason: reasons, transaction_id: reasons.map((_, i) => `T${i + 1}`), customer_id: customers, subscription_id: subscriptions });

transactions('keeps a transaction of a loaded user on that user\'s loaded subscription, without warnings', () => {
  const result = rejectOrphanTransactions(payments([null], ['C1'], ['S1']), parents);
  tableEqual(result.select('reason', 'warnings'), { reason: [null], warnings: [null] });
});

transactions('rejects with the first reason that applies: orphan_customer, missing_subscription, orphan_subscription', () => {
  const result = rejectOrphanTransactions(
    payments([null, null, null, null, null], [null, 'C9', null, 'C1', 'C1'], ['S1', null, null, null, 'S9']),
    parents,
  );
  tableEqual(result.select('reason'), {
    reason: ['orphan_customer', 'orphan_customer', 'orphan_customer', 'missing_subscription', 'orphan_subscription'],
  });
});

transactions('checks against loaded parents only: a rejected user or product does not count', () => {
  const result = rejectOrphanTransactions(payments([null, null], ['C1', 'C1'], ['S3', 'S4']), parents);
  tableEqual(result.select('reason'), { reason: ['orphan_subscription', 'orphan_subscription'] });
});

transactions("keeps a transaction on another customer's subscription, with a customer_mismatch warning naming its own customer", () => {
  const result = rejectOrphanTransactions(payments([null], ['C2'], ['S1']), parents);
  tableEqual(result.select('reason', 'customer_id', 'warnings'), {
    reason: [null],
    customer_id: ['C2'],
    warnings: [[{ kind: 'customer_mismatch', column: 'customer_id', value: 'C2' }]],
  });
});

transactions('on a loaded subscription, an unknown customer is still orphan_customer, and another loaded one a mismatch', () => {
  const result = rejectOrphanTransactions(payments([null, null, null, null], ['C9', 'c1', 'C2', 'C1'], ['S1', 'S1', 'S2', 'S2']), parents);
  tableEqual(result.select('reason', 'warnings'), {
    reason: ['orphan_customer', 'orphan_customer', null, null],
    warnings: [null, null, null, [{ kind: 'customer_mismatch', column: 'customer_id', value: 'C1' }]],
  });
});

transactions('keeps the reason of a transaction already rejected, and does not warn on it', () => {
  const result = rejectOrphanTransactions(payments(['bad_date', 'duplicate'], ['C9', 'C2'], [null, 'S1']), parents);
  tableEqual(result.select('reason', 'warnings'), { reason: ['bad_date', 'duplicate'], warnings: [null, null] });
});

transactions('adds to the warnings a transaction already has', () => {
  const earlier = { kind: 'invalid_email', column: 'x', value: 'y' };
  const table = payments([null], ['C2'], ['S1']).assign({ warnings: [[earlier]] });
  tableEqual(rejectOrphanTransactions(table, parents).select('warnings'), {
    warnings: [[earlier, { kind: 'customer_mismatch', column: 'customer_id', value: 'C2' }]],
  });
});

transactions.run();
