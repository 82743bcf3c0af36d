/**
 * Subscriptions (products.csv): which plan each customer buys, when, how it is billed
 * and how long it lasts. Transactions are derived from these, so payments follow them.
 */
import { daysInMonth, type CalendarDate, type MonthIndex } from './calendar.ts';
import type { Customer } from './customers.ts';
import {
  CATEGORIES, CATEGORY_WEIGHTS, LOCAL_PRICE_FACTOR, TIERS, TIER_WEIGHTS, findPlan, toPlanId, toPlanName,
  type Currency, type Interval, type Plan,
} from './plans.ts';
import type { Random } from './random.ts';

export type Status = 'active' | 'trialing' | 'past_due' | 'canceled' | 'unpaid';

/** A subscription, before any deliberate fault. */
export interface Subscription {
  /** `sub_000042`, in creation order. */
  id: string;
  customer: Customer;
  plan: Plan;
  planId: string;
  planName: string;
  interval: Interval;
  /** Contract value per billing interval, in USD cents (products.csv has no currency column). */
  contractCents: number;
  /** What one charge costs the customer, in cents of `currency`. */
  chargeCents: number;
  currency: Currency;
  startMonth: MonthIndex;
  /** Day of the month the card is charged (clamped to short months). */
  anchorDay: number;
  /** Last month the subscription was in force (cancellation month − 1, or the end month). */
  lastActiveMonth: MonthIndex;
  /** Last month a charge went through: earlier than lastActiveMonth when past_due or unpaid. */
  lastPaidMonth: MonthIndex;
  status: Status;
}

const NO_SUBSCRIPTION = 0.12;
const SECOND_PRODUCT = 0.35;
const THIRD_PRODUCT = 0.12;
const TRIAL_DAYS = 14;

/** True when the subscription charges its plan price in month `m`. */
export function isChargeMonth(sub: Subscription, m: MonthIndex): boolean {
  if (m < sub.startMonth || m > sub.lastPaidMonth) return false;
  return sub.interval === 'monthly' || (m - sub.startMonth) % 12 === 0;
}

/** True when the subscription is paid for and in force in month `m` (usage, refunds). */
export const isActiveMonth = (sub: Subscription, m: MonthIndex): boolean =>
  sub.status !== 'trialing' && m >= sub.startMonth && m <= sub.lastActiveMonth;

/** The day the subscription is charged in month `m`. */
export const chargeDay = (sub: Subscription, m: MonthIndex): number => Math.min(sub.anchorDay, daysInMonth(m));

function lifetime(random: Random, plan: Plan, interval: Interval, start: MonthIndex, endMonth: MonthIndex): MonthIndex {
  if (interval === 'annual') {
    let last = start + 11;
    while (last < endMonth && random.chance(0.85)) last += 12;
    return last;
  }
  const churn = plan.tier === 'Enterprise' ? 0.01 : 0.025;
  let last = start;
  while (last < endMonth && !random.chance(churn)) last++;
  return last;
}

interface Draft extends Omit<Subscription, 'id'> {
  order: number;
}

function draftSubscription(
  customer: Customer,
  category: (typeof CATEGORIES)[number],
  startMonth: MonthIndex,
  range: { endMonth: MonthIndex; end: CalendarDate },
  random: Random,
  order: number,
): Draft {
  const tier = TIERS[random.weighted(TIER_WEIGHTS)];
  const plan = findPlan(category, tier);
  const interval: Interval = random.chance(tier === 'Enterprise' ? 0.6 : 0.25) ? 'annual' : 'monthly';
  const monthlyUsd = tier === 'Enterprise' ? Math.round((plan.monthlyUsd * (0.9 + random.next() * 0.7)) / 10) * 10 : plan.monthlyUsd;
  const months = interval === 'annual' ? 10 : 1;
  const isLastMonth = startMonth === range.endMonth;
  const anchorDay = isLastMonth ? random.int(1, range.end.day) : random.int(1, 31);
  const trialing = isLastMonth && anchorDay > range.end.day - TRIAL_DAYS;
  const lastActiveMonth = trialing ? startMonth : Math.min(lifetime(random, plan, interval, startMonth, range.endMonth), range.endMonth);
  let status: Status = trialing ? 'trialing' : lastActiveMonth < range.endMonth ? 'canceled' : 'active';
  let lastPaidMonth = trialing ? startMonth - 1 : lastActiveMonth;
  if (status === 'active' && interval === 'monthly' && lastActiveMonth - startMonth >= 3) {
    const roll = random.weighted([92, 5, 3]);
    if (roll === 1) [status, lastPaidMonth] = ['past_due', lastActiveMonth - 1];
    if (roll === 2) [status, lastPaidMonth] = ['unpaid', lastActiveMonth - 2];
  }
  return {
    customer,
    plan,
    planId: toPlanId(plan, interval),
    planName: toPlanName(plan, interval),
    interval,
    contractCents: monthlyUsd * months * 100,
    chargeCents: Math.round(monthlyUsd * LOCAL_PRICE_FACTOR[customer.currency]) * months * 100,
    currency: customer.currency,
    startMonth,
    anchorDay,
    lastActiveMonth,
    lastPaidMonth,
    status,
    order,
  };
}

/**
 * Creates every customer's subscriptions: most customers buy one product soon after
 * signing up, some add a second or third later, some never buy.
 *
 * @param customers the customers, in sign-up order
 * @param range last month and last date of the history
 * @param random draws plans, intervals, lifetimes and statuses
 * @returns the subscriptions in creation order, ids assigned
 * @example
 * createSubscriptions(customers, { endMonth, end }, createRandom(42, 'subscriptions'))[0].id; // 'sub_000001'
 */
export function createSubscriptions(
  customers: readonly Customer[],
  range: { endMonth: MonthIndex; end: CalendarDate },
  random: Random,
): Subscription[] {
  const drafts: Draft[] = [];
  for (const customer of customers) {
    if (random.chance(NO_SUBSCRIPTION)) continue;
    const first = customer.signupMonth + (random.chance(0.7) ? 0 : random.int(1, 2));
    if (first > range.endMonth) continue;
    const taken = new Set<number>();
    const addProduct = (start: MonthIndex): void => {
      let index = random.weighted(CATEGORY_WEIGHTS);
      while (taken.has(index)) index = (index + 1) % CATEGORIES.length;
      taken.add(index);
      drafts.push(draftSubscription(customer, CATEGORIES[index], start, range, random, drafts.length));
    };
    addProduct(first);
    for (const p of [SECOND_PRODUCT, THIRD_PRODUCT]) {
      const start = first + random.int(1, 12);
      if (random.chance(p) && start <= range.endMonth) addProduct(start);
    }
  }
  drafts.sort((a, b) => a.startMonth - b.startMonth || a.anchorDay - b.anchorDay || a.order - b.order);
  const width = Math.max(6, String(drafts.length).length);
  return drafts.map(({ order: _order, ...draft }, i) => ({ id: `sub_${String(i + 1).padStart(width, '0')}`, ...draft }));
}
