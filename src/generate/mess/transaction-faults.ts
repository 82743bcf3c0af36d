/**
 * The catalogue of deliberate faults in transactions.csv: every date form and amount
 * shape the contract accepts or rejects, currency and id problems, broken references,
 * malformed rows, duplicates and corrections.
 */
import { addDays, toIsoDate } from '../calendar.ts';
import type { Payment } from '../billing.ts';
import { CURRENCY_SYMBOL } from '../plans.ts';
import type { Random } from '../random.ts';
import { ACCEPTED_AMOUNT_SHAPES, BAD_AMOUNT_SHAPES, toAmountText, type AmountShape } from './amount-shapes.ts';
import { ACCEPTED_DATE_FORMS, BAD_DATE_FORMS } from './date-forms.ts';
import type { Emission, Fault } from './fault-plan.ts';

/** transactions.csv columns, in the contract's order. */
export const TRANSACTION_COLUMNS = [
  'transaction_id', 'customer_id', 'subscription_id', 'total_amount', 'currency', 'transaction_date',
] as const;
const [ID, CUSTOMER, SUBSCRIPTION, AMOUNT, CURRENCY, DATE] = [0, 1, 2, 3, 4, 5];

/** The clean cells of a payment. */
export const toTransactionCells = (p: Payment): string[] => [
  p.id, p.subscription.customer.id, p.subscription.id, toAmountText(p.cents), p.currency, toIsoDate(p.date),
];

/** What the transaction faults need to know about the other files. */
export interface TransactionFaultContext {
  /** Customer ids that load from users.csv (not deliberately rejected). */
  loadedCustomerIds: readonly string[];
  /** A well-formed customer id that is in no file. */
  unknownCustomerId: string;
  /** A well-formed subscription id that is in no file. */
  unknownSubscriptionId: string;
}

const RARE_SHAPES = new Set(['grouped', 'grouped_integer', 'symbol_grouped', 'parens', 'minus_symbol', 'symbol_minus', 'parens_symbol', 'symbol_parens', 'symbol_space_minus']);

const shapeFault = (kind: string, shape: AmountShape, effect: 'loaded' | 'rejected', rare: boolean): Fault<Payment> => ({
  kind,
  effect,
  rare,
  eligible: (p) => shape.fits(p.cents),
  apply: (p, e) => {
    e.cells[AMOUNT] = shape.write(p.cents, p.currency);
  },
});

const set = (kind: string, effect: Fault<Payment>['effect'], edit: (p: Payment, e: Emission, r: Random) => void, eligible?: (p: Payment) => boolean): Fault<Payment> => ({
  kind, effect, apply: edit, eligible,
});

/**
 * Builds the transactions fault catalogue.
 *
 * @param context ids that load, and ids that exist nowhere
 * @returns the faults, each to fire at least once
 * @example
 * createTransactionFaults({ loadedCustomerIds, unknownCustomerId: 'C09999', unknownSubscriptionId: 'sub_999999' }).length; // about 80
 */
export function createTransactionFaults(context: TransactionFaultContext): Fault<Payment>[] {
  const { loadedCustomerIds, unknownCustomerId, unknownSubscriptionId } = context;
  const faults: Fault<Payment>[] = [];
  for (const [name, form] of Object.entries(ACCEPTED_DATE_FORMS)) {
    faults.push(set(`date:${name}`, 'loaded', (p, e, r) => (e.cells[DATE] = form(p.date, r))));
  }
  for (const [name, shape] of Object.entries(ACCEPTED_AMOUNT_SHAPES)) {
    faults.push(shapeFault(`amount:${name}`, shape, 'loaded', RARE_SHAPES.has(name)));
  }
  for (const currency of ['USD', 'EUR', 'GBP'] as const) {
    const mine = (p: Payment): boolean => p.currency === currency && p.cents > 0;
    const symbol = CURRENCY_SYMBOL[currency];
    faults.push({ ...shapeFault(`amount:symbol_${currency.toLowerCase()}`, ACCEPTED_AMOUNT_SHAPES.symbol, 'loaded', true), eligible: mine });
    faults.push({
      kind: `currency:inferred_from_${currency.toLowerCase()}_symbol`,
      effect: 'loaded',
      rare: true,
      eligible: mine,
      apply: (p, e) => {
        e.cells[AMOUNT] = `${symbol}${toAmountText(p.cents)}`;
        e.cells[CURRENCY] = '';
      },
    });
  }
  faults.push(
    set('currency:lower_case', 'loaded', (p, e) => (e.cells[CURRENCY] = p.currency.toLowerCase())),
    set('currency:padded', 'loaded', (p, e) => (e.cells[CURRENCY] = ` ${p.currency} `)),
    // The explicit code wins over a contradicting symbol.
    set('currency:code_wins_over_symbol', 'loaded', (p, e) => (e.cells[AMOUNT] = `${p.currency === 'EUR' ? '£' : '€'}${toAmountText(p.cents)}`), (p) => p.cents > 0),
    set('id:padded', 'loaded', (p, e) => (e.cells[ID] = ` ${p.id}\t`)),
    set('customer_id:padded', 'loaded', (p, e) => (e.cells[CUSTOMER] = `  ${p.subscription.customer.id}`)),
    set('subscription_id:padded', 'loaded', (p, e) => (e.cells[SUBSCRIPTION] = `${p.subscription.id} `)),
    set('warning:customer_mismatch', 'warning', (p, e, r) => {
      let other = r.pick(loadedCustomerIds);
      if (other === p.subscription.customer.id) other = loadedCustomerIds[(loadedCustomerIds.indexOf(other) + 1) % loadedCustomerIds.length];
      e.cells[CUSTOMER] = other;
    }, () => loadedCustomerIds.length > 1),
    // A grouped amount written without quotes splits into two fields.
    set('bad_row:unquoted_comma', 'rejected', (p, e) => {
      e.raw = e.cells.map((cell, i) => (i === AMOUNT ? ACCEPTED_AMOUNT_SHAPES.grouped.write(p.cents, p.currency) : cell));
    }, (p) => Math.abs(p.cents) >= 100_000),
    set('bad_row:too_many_fields', 'rejected', (_p, e) => (e.raw = [...e.cells, 'refund requested'])),
    set('bad_row:too_few_fields', 'rejected', (_p, e) => (e.raw = e.cells.slice(0, -1))),
    set('missing_id:empty', 'rejected', (_p, e) => (e.cells[ID] = '')),
    set('missing_id:white_space', 'rejected', (_p, e) => (e.cells[ID] = ' \u00a0 ')),
  );
  for (const [name, form] of Object.entries(BAD_DATE_FORMS)) {
    faults.push(set(`bad_date:${name}`, 'rejected', (p, e, r) => (e.cells[DATE] = form(p.date, r))));
  }
  for (const [name, shape] of Object.entries(BAD_AMOUNT_SHAPES)) faults.push(shapeFault(`bad_amount:${name}`, shape, 'rejected', false));
  faults.push(
    set('bad_currency:empty_without_symbol', 'rejected', (_p, e) => (e.cells[CURRENCY] = '')),
    set('bad_currency:no_rate', 'rejected', (_p, e, r) => (e.cells[CURRENCY] = r.pick(['CAD', 'AUD', 'CHF']))),
    set('bad_currency:unknown_code', 'rejected', (_p, e) => (e.cells[CURRENCY] = 'EURO')),
    set('orphan_customer:unknown', 'rejected', (_p, e) => (e.cells[CUSTOMER] = unknownCustomerId)),
    // IDs compare exactly: c00042 is not C00042.
    set('orphan_customer:case', 'rejected', (p, e) => (e.cells[CUSTOMER] = p.subscription.customer.id.toLowerCase())),
    set('orphan_customer:empty', 'rejected', (_p, e) => (e.cells[CUSTOMER] = '')),
    set('missing_subscription:empty', 'rejected', (_p, e) => (e.cells[SUBSCRIPTION] = '')),
    set('orphan_subscription:unknown', 'rejected', (_p, e) => (e.cells[SUBSCRIPTION] = unknownSubscriptionId)),
    set('orphan_subscription:case', 'rejected', (p, e) => (e.cells[SUBSCRIPTION] = p.subscription.id.toUpperCase())),
    set('first_reason:missing_id_over_bad_date', 'rejected', (_p, e) => {
      e.cells[ID] = '';
      e.cells[DATE] = 'N/A';
    }),
    set('first_reason:bad_date_over_bad_amount', 'rejected', (p, e) => {
      e.cells[DATE] = `${p.date.year}-02-30`;
      e.cells[AMOUNT] = '1e3';
    }),
    set('first_reason:bad_amount_over_bad_currency', 'rejected', (p, e) => {
      e.cells[AMOUNT] = `+${toAmountText(Math.abs(p.cents))}`;
      e.cells[CURRENCY] = 'CAD';
    }),
    set('first_reason:bad_row_over_bad_date', 'rejected', (_p, e) => {
      e.cells[DATE] = 'yesterday';
      e.raw = [...e.cells, ''];
    }),
    set('duplicate:exact', 'extra', (_p, e, r) => e.later.push({ after: r.int(0, 40), cells: [...e.cells] })),
    set('duplicate:same_after_field_rules', 'extra', (p, e, r) => {
      const copy = [...e.cells];
      copy[ID] = ` ${p.id}`;
      copy[CURRENCY] = p.currency.toLowerCase();
      copy[DATE] = ACCEPTED_DATE_FORMS.us(p.date, r);
      e.later.push({ after: r.int(0, 40), cells: copy });
    }),
    // A later extract corrects the amount: the later line wins.
    set('superseded:corrected_amount', 'extra', (p, e, r) => {
      const copy = [...e.cells];
      copy[AMOUNT] = toAmountText(Math.round(p.cents * 0.9));
      e.later.push({ after: r.int(1, 40), cells: copy });
    }),
    set('superseded:corrected_date', 'extra', (p, e, r) => {
      const copy = [...e.cells];
      copy[DATE] = toIsoDate(addDays(p.date, p.date.day === 1 ? 1 : -1));
      e.later.push({ after: r.int(1, 40), cells: copy });
    }),
    set('blank_line', 'extra', (_p, e) => (e.blankBefore = true)),
  );
  return faults;
}
