import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

/** Options for {@link spendPerUser}. */
export interface SpendPerUserOptions {
  /** [asOf=null] count only transactions dated on or before this `YYYY-MM-DD`; null for all */
  asOf?: string | null;
}

/**
 * Total spend per user: the sum of `amount_usd_cents` over each user's loaded transactions,
 * 0 for a user with none. Refunds are negative, so spend is net of them.
 * @param users loaded users (`customer_id`, `customer_name`)
 * @param transactions loaded transactions (`customer_id`, `amount_usd_cents`, `transaction_date`)
 * @param options see {@link SpendPerUserOptions}
 * @returns one row per user: `customer_id`, `customer_name`, `transactions`, `total_spend_cents`,
 *   ordered by spend descending, then `customer_id` by code point
 * @example
 * spendPerUser(clean.users, clean.transactions).slice(0, 5); // the top 5
 */
export function spendPerUser(users: ColumnTable, transactions: ColumnTable, { asOf = null }: SpendPerUserOptions = {}): ColumnTable {
  const counted = asOf === null ? transactions : transactions.params({ asOf }).filter((d: any, $: any) => d.transaction_date <= $.asOf);
  const totals = counted
    .groupby('customer_id')
    .rollup({ transactions: aq.op.count(), total_spend_cents: aq.op.sum('amount_usd_cents') });
  const joined = users
    .select('customer_id', 'customer_name')
    .join_left(totals, 'customer_id')
    .derive({
      transactions: (d: any) => d.transactions ?? 0,
      total_spend_cents: (d: any) => d.total_spend_cents ?? 0,
    });
  // Arquero's orderby compares strings by locale; the contract ties by code point.
  const ids = joined.array('customer_id') as unknown as string[];
  const spend = joined.array('total_spend_cents') as unknown as number[];
  const order = Array.from(ids, (_, i) => i).sort((a, b) => spend[b] - spend[a] || compareCodePoints(ids[a], ids[b]));
  return aq.table(Object.fromEntries(joined.columnNames().map((name) => {
    const column = joined.array(name) as ArrayLike<unknown>;
    return [name, order.map((i) => column[i])];
  })));
}

// JavaScript's < compares UTF-16 code units, which puts U+10000 and above (surrogates,
// D800–DFFF) before U+E000–U+FFFF. Shifting the two ranges past each other at the first
// difference gives code point order (ICU's fix-up).
function compareCodePoints(a: string, b: string): number {
  const fixUp = (unit: number) => (unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const left = a.charCodeAt(i);
    const right = b.charCodeAt(i);
    if (left !== right) return fixUp(left) - fixUp(right);
  }
  return a.length - b.length;
}
