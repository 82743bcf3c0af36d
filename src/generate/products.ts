/**
 * The lines of products.csv. Messy files also get a different column order (and CRLF
 * line ends, added by the writer), as an export from another system would.
 */
import { createFaultPicker, toMessyLines, type FileStats } from './mess/fault-plan.ts';
import { PRODUCT_COLUMNS, createProductFaults, toProductCells } from './mess/product-faults.ts';
import type { Random } from './random.ts';
import type { Subscription } from './subscriptions.ts';

/** Messy column order: customer first, as Stripe's subscription export lists it. */
const MESSY_ORDER = [1, 0, 4, 2, 3, 5, 7, 6];
const FAULT_RATE = 0.015;

/** Options of {@link toProductsLines}. */
export interface ProductsLinesOptions {
  /** No deliberate faults. */
  clean: boolean;
  /** Draws which rows get faults. */
  random: Random;
  /** Filled in with what was written. */
  stats: FileStats;
  /** A well-formed customer id that is in no file, for orphans. */
  unknownCustomerId: string;
}

/**
 * Writes the subscriptions as products.csv lines: the header, then one record per
 * subscription plus, unless clean, the deliberate duplicates and corrections.
 *
 * @param subscriptions the subscriptions, in id order
 * @param options clean or messy, the random stream, stats to fill in, an unknown customer id
 * @returns the lines, without line ends
 * @example
 * [...toProductsLines(subscriptions, { clean: true, random, stats: emptyStats(), unknownCustomerId: 'C99999' })][0];
 * // 'subscription_id,customer_id,plan_id,plan_name,product_category,billing_interval,contract_amount,billing_status'
 */
export function* toProductsLines(subscriptions: readonly Subscription[], options: ProductsLinesOptions): Generator<string> {
  const { clean, random, stats, unknownCustomerId } = options;
  const order = clean ? PRODUCT_COLUMNS.map((_, i) => i) : MESSY_ORDER;
  yield order.map((i) => PRODUCT_COLUMNS[i]).join(',');
  yield* toMessyLines(subscriptions, {
    toCells: toProductCells,
    order,
    picker: clean ? null : createFaultPicker(createProductFaults(unknownCustomerId), { rows: subscriptions.length, rate: FAULT_RATE, random }),
    random,
    stats,
  });
}
