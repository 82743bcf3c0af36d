import type { ColumnTable } from 'arquero';
import { addWarning, reasonsOf, textColumn, warningsOf } from '../util/row-state.ts';
import { keyTableOf, slotOfKey, type KeyTable } from '../util/key-table.ts';

/**
 * The keys of the rows still standing (no reason) in a table.
 * @param table any table; where it has a `reason` column, only the rows without one count
 * @param key the key column
 * @returns a map from key to row index
 */
function loadedKeys(table: ColumnTable, key: string): Map<string, number> {
  // A table of loaded rows alone (`CleanStream`'s) has no reasons left to look at.
  const reasons = table.columnNames().includes('reason') ? textColumn(table, 'reason') : null;
  const keys = textColumn(table, key);
  const found = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) if (reasons === null || reasons[i] === null) found.set(keys[i] as string, i);
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

/** The loaded parents a transaction may point to, as lookups (see {@link referencesOf}). */
export interface TransactionReferences {
  /** Loaded users' customer_id. */
  customers: KeyTable;
  /** Loaded products' subscription_id. */
  subscriptions: KeyTable;
  /** For each slot of `subscriptions`, the slot of its customer in `customers`, or -1 when that customer is not loaded. */
  owners: Int32Array;
}

/**
 * The lookups {@link rejectOrphanTransactions} checks against, built once, so that a file read
 * in chunks does not build them again for every chunk. A subscription's owner is kept as the
 * slot of the customer, so that a payment's customer is compared with it as a number.
 * @param parents the loaded users and products
 * @returns the lookups
 * @example
 * const references = referencesOf({ users, products });
 * for (const chunk of chunks) rejectOrphanTransactions(chunk, references);
 */
export function referencesOf({ users, products }: { users: ColumnTable; products: ColumnTable }): TransactionReferences {
  const customers = keyTableOf([...loadedKeys(users, 'customer_id').keys()]);
  const loadedProducts = loadedKeys(products, 'subscription_id');
  const subscriptions = keyTableOf([...loadedProducts.keys()]);
  const owners = new Int32Array(subscriptions.keys.length).fill(-1);
  const ownerIds = textColumn(products, 'customer_id');
  for (const [subscription, i] of loadedProducts) {
    const owner = ownerIds[i];
    owners[slotOfKey(subscriptions, subscription)] = owner === null ? -1 : slotOfKey(customers, owner);
  }
  return { customers, subscriptions, owners };
}

/**
 * Rejects transactions that point nowhere, with the first reason that applies: the customer
 * is empty or not a loaded user (`orphan_customer`), the subscription is empty
 * (`missing_subscription`), the subscription is not a loaded product (`orphan_subscription`).
 * A transaction whose customer differs from its subscription's customer is kept with a
 * `customer_mismatch` warning, and counts for its own customer.
 * @param transactions transactions after the field rules and duplicates
 * @param parents the loaded users and products, or their lookups from {@link referencesOf}
 * @returns transactions with orphans rejected and mismatches warned
 * @example
 * rejectOrphanTransactions(transactions, { users, products });
 */
export function rejectOrphanTransactions(
  transactions: ColumnTable,
  parents: { users: ColumnTable; products: ColumnTable } | TransactionReferences,
): ColumnTable {
  const { customers, subscriptions, owners } = 'users' in parents ? referencesOf(parents) : parents;
  const reasons = reasonsOf(transactions);
  const warnings = warningsOf(transactions);
  const payers = textColumn(transactions, 'customer_id');
  const subscribed = textColumn(transactions, 'subscription_id');
  for (let i = 0; i < reasons.length; i++) {
    if (reasons[i] !== null) continue;
    const payer = payers[i];
    const subscription = subscribed[i];
    // Most payments are by their subscription's own customer: one lookup then settles both references.
    const slot = subscription === null ? -1 : slotOfKey(subscriptions, subscription);
    const owner = slot === -1 ? -1 : owners[slot];
    if (owner !== -1 && customers.keys[owner] === payer) continue;
    const customer = payer === null ? -1 : slotOfKey(customers, payer);
    if (customer === -1) reasons[i] = 'orphan_customer';
    else if (subscription === null) reasons[i] = 'missing_subscription';
    else if (slot === -1) reasons[i] = 'orphan_subscription';
    // Both exist, and the subscription's customer is another one (or none that loaded).
    else addWarning(warnings, i, { kind: 'customer_mismatch', column: 'customer_id', value: payer });
  }
  return transactions.assign({ reason: reasons, warnings });
}
