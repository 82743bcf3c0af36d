/**
 * Payments (transactions.csv) derived from subscriptions: the plan price on each
 * billing day, usage overages, and occasional refunds. Exactly `total` payments are
 * made, spread over the months by billing volume and seasonal usage, and streamed one
 * month at a time so that memory does not grow with `total`.
 */
import { allocate, SEASONALITY } from './allocate.ts';
import { daysInMonth, fromMonthIndex, type CalendarDate, type MonthIndex } from './calendar.ts';
import type { Currency } from './plans.ts';
import type { Random } from './random.ts';
import { chargeDay, isActiveMonth, isChargeMonth, type Subscription } from './subscriptions.ts';

export type PaymentKind = 'charge' | 'overage' | 'refund';

/** One payment, before any deliberate fault. */
export interface Payment {
  /** Position in the file's business rows, from 0. */
  index: number;
  /** `txn_00000042`, in file order. */
  id: string;
  subscription: Subscription;
  kind: PaymentKind;
  date: CalendarDate;
  /** Signed cents of `currency`; refunds are negative. */
  cents: number;
  currency: Currency;
}

/** Usage overages per active subscription and month, before seasonality. */
const OVERAGE_RATE = 0.3;
const REFUND_SHARE = 0.015;
const KINDS: readonly PaymentKind[] = ['charge', 'overage', 'refund'];

interface Range {
  startMonth: MonthIndex;
  endMonth: MonthIndex;
  end: CalendarDate;
}

const lastDayOf = (m: MonthIndex, range: Range): number => (m === range.endMonth ? range.end.day : daysInMonth(m));

const isDue = (sub: Subscription, m: MonthIndex, range: Range): boolean =>
  isChargeMonth(sub, m) && (m < range.endMonth || chargeDay(sub, m) <= range.end.day);

/**
 * How many payments fall in each month: proportional to the charges due plus
 * seasonal usage of active subscriptions, and summing exactly to `total`.
 *
 * @param subscriptions every subscription
 * @param range first and last month and the last date
 * @param total number of payments
 * @returns one count per month, from the start month
 * @example
 * paymentsPerMonth(subscriptions, range, 40000).reduce((a, b) => a + b); // 40000
 */
export function paymentsPerMonth(subscriptions: readonly Subscription[], range: Range, total: number): number[] {
  const weights: number[] = [];
  for (let m = range.startMonth; m <= range.endMonth; m++) {
    let due = 0;
    let active = 0;
    for (const sub of subscriptions) {
      if (isDue(sub, m, range)) due++;
      if (isActiveMonth(sub, m)) active++;
    }
    const partOfMonth = lastDayOf(m, range) / daysInMonth(m);
    weights.push(due + OVERAGE_RATE * active * SEASONALITY[fromMonthIndex(m).month - 1] * partOfMonth);
  }
  if (total > 0 && weights.every((w) => w === 0)) {
    throw new Error('no subscription is ever billed: raise --users so that some customers subscribe');
  }
  return allocate(total, weights);
}

function amountOf(sub: Subscription, kind: PaymentKind, random: Random): number {
  const perMonth = sub.interval === 'annual' ? sub.chargeCents / 10 : sub.chargeCents;
  if (kind === 'charge') return sub.chargeCents;
  if (kind === 'overage') return Math.max(100, Math.round(perMonth * (0.03 + random.next() * 0.37)));
  // Refunds: a full month back, or a partial credit for an outage or a downgrade.
  return -(random.chance(0.4) ? perMonth : Math.max(100, Math.round(perMonth * (0.1 + random.next() * 0.4))));
}

/**
 * Streams exactly `total` payments in date order, month by month.
 *
 * @param subscriptions every subscription
 * @param range first and last month and the last date
 * @param total number of payments
 * @param random draws which subscriptions pay extra, days and amounts
 * @returns a generator of payments; only one month's worth is held at a time
 * @example
 * for (const payment of generatePayments(subscriptions, range, 40000, random)) console.log(payment.id);
 */
export function* generatePayments(
  subscriptions: readonly Subscription[],
  range: Range,
  total: number,
  random: Random,
): Generator<Payment> {
  const counts = paymentsPerMonth(subscriptions, range, total);
  const width = Math.max(8, String(total).length);
  let index = 0;
  for (let m = range.startMonth; m <= range.endMonth; m++) {
    const n = counts[m - range.startMonth];
    if (n === 0) continue;
    const due: number[] = [];
    const active: number[] = [];
    subscriptions.forEach((sub, i) => {
      if (isDue(sub, m, range)) due.push(i);
      if (isActiveMonth(sub, m)) active.push(i);
    });
    const refunds = Math.min(n, Math.floor(n * REFUND_SHARE + random.next()));
    const charges = Math.min(due.length, n - refunds);
    // Fewer payments than charges due: keep a random subset (partial Fisher–Yates).
    for (let k = 0; k < charges; k++) {
      const j = k + Math.floor(random.next() * (due.length - k));
      [due[k], due[j]] = [due[j], due[k]];
    }
    const subs = new Int32Array(n);
    const kinds = new Uint8Array(n);
    const days = new Uint8Array(n);
    const cents = new Int32Array(n);
    const lastDay = lastDayOf(m, range);
    for (let k = 0; k < n; k++) {
      const kind = k < charges ? 0 : k < n - refunds ? 1 : 2;
      const sub = kind === 0 ? due[k] : active[Math.floor(random.next() * active.length)];
      subs[k] = sub;
      kinds[k] = kind;
      days[k] = kind === 0 ? chargeDay(subscriptions[sub], m) : random.int(1, lastDay);
      cents[k] = amountOf(subscriptions[sub], KINDS[kind], random);
    }
    // Counting sort by day, stable: a Stripe export lists payments in date order.
    const byDay: number[][] = Array.from({ length: 32 }, () => []);
    for (let k = 0; k < n; k++) byDay[days[k]].push(k);
    const { year, month } = fromMonthIndex(m);
    for (let day = 1; day <= 31; day++) {
      for (const k of byDay[day]) {
        const subscription = subscriptions[subs[k]];
        const position = index++;
        yield {
          index: position,
          id: `txn_${String(position + 1).padStart(width, '0')}`,
          subscription,
          kind: KINDS[kinds[k]],
          date: { year, month, day },
          cents: cents[k],
          currency: subscription.currency,
        };
      }
    }
  }
}
