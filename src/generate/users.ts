/**
 * The lines of users.csv. Messy files also get the file-level faults the contract
 * allows: a UTF-8 BOM (added by the writer), upper-case and padded header names, an
 * unknown extra column, and the hostile customer names.
 */
import type { Customer } from './customers.ts';
import { toCsvLine } from './csv-line.ts';
import { createFaultPicker, toMessyLines, type FileStats } from './mess/fault-plan.ts';
import { HOSTILE_NAMES } from './mess/hostile-names.ts';
import { USER_COLUMNS, USER_FAULTS, type UserRow } from './mess/user-faults.ts';
import type { Random } from './random.ts';

const MESSY_HEADER = ['Customer_ID', ' customer_name ', 'CUSTOMER_EMAIL', 'signup_source'];
const FAULT_RATE = 0.02;

/** Options of {@link toUsersLines}. */
export interface UsersLinesOptions {
  /** No deliberate faults. */
  clean: boolean;
  /** Draws which rows get faults. */
  random: Random;
  /** Filled in with what was written. */
  stats: FileStats;
  /** Billed value per customer id (only customers with subscriptions): the biggest gets the `<script>` name. */
  contractValue: ReadonlyMap<string, number>;
}

/**
 * Hands the hostile names to customers that have subscriptions, so that they reach
 * the database and the report: `<script>` goes to the biggest customer, a top-5 user.
 */
function withHostileNames(customers: readonly Customer[], { random, contractValue, stats }: UsersLinesOptions): Customer[] {
  const paying = customers.filter((c) => contractValue.has(c.id));
  const biggest = paying.reduce((best, c) => (contractValue.get(c.id)! > contractValue.get(best.id)! ? c : best), paying[0]);
  const names = new Map<string, string>();
  const entries = Object.entries(HOSTILE_NAMES);
  names.set(biggest.id, entries[0][1]);
  stats.faults[entries[0][0]] = 1;
  for (const [kind, name] of entries.slice(1)) {
    let customer = random.pick(paying);
    while (names.has(customer.id)) customer = random.pick(paying);
    names.set(customer.id, name);
    stats.faults[kind] = 1;
  }
  return customers.map((c) => (names.has(c.id) ? { ...c, name: names.get(c.id)! } : c));
}

/**
 * Writes the customers as users.csv lines: the header, then one record per customer
 * plus, unless clean, the deliberate duplicates and corrections.
 *
 * @param customers the customers, in id order
 * @param options clean or messy, the random stream, stats to fill in, contract values
 * @returns the lines, without line ends
 * @example
 * [...toUsersLines(customers, { clean: true, random, stats: emptyStats(), contractValue })][0];
 * // 'customer_id,customer_name,customer_email'
 */
export function* toUsersLines(customers: readonly Customer[], options: UsersLinesOptions): Generator<string> {
  const { clean, random, stats, contractValue } = options;
  yield clean ? USER_COLUMNS.join(',') : toCsvLine(MESSY_HEADER);
  const rows: UserRow[] = (clean ? customers : withHostileNames(customers, options)).map((customer) => ({
    customer,
    hasSubscriptions: contractValue.has(customer.id),
  }));
  yield* toMessyLines(rows, {
    toCells: ({ customer: c }) => (clean ? [c.id, c.name, c.email] : [c.id, c.name, c.email, c.source]),
    order: clean ? [0, 1, 2] : [0, 1, 2, 3],
    picker: clean ? null : createFaultPicker(USER_FAULTS, { rows: rows.length, rate: FAULT_RATE, random }),
    random,
    stats,
  });
}
