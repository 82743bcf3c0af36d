import type { ColumnTable } from 'arquero';
import { addWarning, reasonsOf, textColumn, warningsOf } from '../util/row-state.ts';

/**
 * The keys of the rows still standing (no reason) in a table.
 * @param table any table with a `reason` column
 * @param key the key column
 * @returns a map from key to row index
 */
function loadedKeys(table: ColumnTable, key: string): Map<string, number> {
  const reasons = textColumn(table, 'reason');
  const keys = textColumn(table, key);
  const found = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) if (reasons[i] === null) found.set(keys[i] as string, i);
  return found;
}

/**
 * Rejects products whose customer is empty or not a loaded user (`orphan_customer`).
 * @param products products after the field rules and duplicates
 * @param users users after the field rules and duplicates
 * @returns products with orphans rejected
 * @example
 * rejectOrphanProducts(products, users);
 */
export function rejectOrphanProducts(products: ColumnTable, users: ColumnTable): ColumnTable {
  const customers = loadedKeys(users, 'customer_id');
  const reasons = reasonsOf(products);
  const owners = textColumn(products, 'customer_id');
  for (let i = 0; i < reasons.length; i++) {
    if (reasons[i] === null && (owners[i] === null || !customers.has(owners[i] as string))) reasons[i] = 'orphan_customer';
  }
  return products.assign({ reason: reasons });
}

/**
 * Rejects transactions that point nowhere, with the first reason that applies: the customer
 * is empty or not a loaded user (`orphan_customer`), the subscription is empty
 * (`missing_subscription`), the subscription is not a loaded product (`orphan_subscription`).
 * A transaction whose customer differs from its subscription's customer is kept with a
 * `customer_mismatch` warning, and counts for its own customer.
 * @param transactions transactions after the field rules and duplicates
 * @param parents the loaded users and products
 * @returns transactions with orphans rejected and mismatches warned
 * @example
 * rejectOrphanTransactions(transactions, { users, products });
 */
export function rejectOrphanTransactions(
  transactions: ColumnTable,
  { users, products }: { users: ColumnTable; products: ColumnTable },
): ColumnTable {
  const customers = loadedKeys(users, 'customer_id');
  const subscriptions = loadedKeys(products, 'subscription_id');
  const subscriptionOwners = textColumn(products, 'customer_id');
  const reasons = reasonsOf(transactions);
  const warnings = warningsOf(transactions);
  const payers = textColumn(transactions, 'customer_id');
  const subscribed = textColumn(transactions, 'subscription_id');
  for (let i = 0; i < reasons.length; i++) {
    if (reasons[i] !== null) continue;
    const payer = payers[i];
    const subscription = subscribed[i];
    if (payer === null || !customers.has(payer)) reasons[i] = 'orphan_customer';
    else if (subscription === null) reasons[i] = 'missing_subscription';
    else if (!subscriptions.has(subscription)) reasons[i] = 'orphan_subscription';
    else {
      const owner = subscriptionOwners[subscriptions.get(subscription) as number];
      if (owner !== payer) addWarning(warnings, i, { kind: 'customer_mismatch', column: 'customer_id', value: payer });
    }
  }
  return transactions.assign({ reason: reasons, warnings });
}
