/**
 * Stream's customers (users.csv): B2B organisations that sign up month by month,
 * more every month (growth) and more in some seasons than others.
 */
import { Faker, base, en } from '@faker-js/faker';
import { allocate, SEASONALITY } from './allocate.ts';
import { daysInMonth, fromMonthIndex, type CalendarDate, type MonthIndex } from './calendar.ts';
import type { Currency } from './plans.ts';
import type { Random } from './random.ts';

/** A customer organisation, before any deliberate fault. */
export interface Customer {
  /** `C00042`. */
  id: string;
  name: string;
  email: string;
  signupMonth: MonthIndex;
  /** The currency it is billed in. */
  currency: Currency;
  /** Marketing channel that brought it (the seed's Google Ads, LinkedIn, GitHub…). */
  source: string;
}

const CURRENCIES: readonly Currency[] = ['USD', 'EUR', 'GBP'];
const CURRENCY_WEIGHTS = [72, 18, 10];
const SUFFIXES: Record<Currency, readonly string[]> = {
  USD: ['Inc.', 'LLC', 'Labs', 'Corp.', 'Technologies'],
  EUR: ['GmbH', 'SAS', 'B.V.', 'S.L.', 'AG'],
  GBP: ['Ltd', 'plc', 'Ltd', 'Group'],
};
const TLDS: Record<Currency, readonly string[]> = {
  USD: ['com', 'io', 'com', 'co'],
  EUR: ['de', 'fr', 'nl', 'eu', 'com'],
  GBP: ['co.uk', 'com', 'io'],
};
const SOURCES = ['google_ads', 'linkedin', 'github', 'organic', 'referral', 'hubspot_form'];
const SOURCE_WEIGHTS = [30, 15, 15, 25, 10, 5];
/** Month-on-month growth of sign-ups. */
const GROWTH = 1.04;
/**
 * Customers also sign up in the year before the first exported month, so the history
 * opens on an installed base (with annual renewals already spread over the year)
 * rather than on a company's first day.
 */
const HISTORY_BEFORE_WINDOW = 12;

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\band\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 2)
    .join('-');

/**
 * Creates the customers, in sign-up order (customer_id order).
 *
 * @param count number of customers
 * @param months first and last month of the history, and its last date
 * @param seed seeds faker, which makes the names and emails
 * @param random draws currencies, channels and suffixes
 * @returns the customers
 * @example
 * createCustomers(200, { startMonth, endMonth }, 42, createRandom(42, 'customers'))[0].id; // 'C00001'
 */
export function createCustomers(
  count: number,
  months: { startMonth: MonthIndex; endMonth: MonthIndex; end: CalendarDate },
  seed: number,
  random: Random,
): Customer[] {
  const faker = new Faker({ locale: [en, base] });
  faker.seed(seed);
  const firstSignup = months.startMonth - HISTORY_BEFORE_WINDOW;
  const weights: number[] = [];
  let growth = 1;
  for (let m = firstSignup; m <= months.endMonth; m++, growth *= GROWTH) {
    const partOfMonth = m === months.endMonth ? months.end.day / daysInMonth(m) : 1;
    weights.push(growth * SEASONALITY[fromMonthIndex(m).month - 1] * partOfMonth);
  }
  const perMonth = allocate(count, weights);
  const width = Math.max(5, String(count).length);
  const customers: Customer[] = [];
  perMonth.forEach((n, offset) => {
    for (let k = 0; k < n; k++) {
      const currency = CURRENCIES[random.weighted(CURRENCY_WEIGHTS)];
      const company = faker.company.name();
      const suffix = random.pick(SUFFIXES[currency]);
      const name = random.chance(0.6) && !/\b(Inc|LLC|Group|Sons)$/.test(company) ? `${company} ${suffix}` : company;
      const domain = `${slug(company)}.${random.pick(TLDS[currency])}`;
      const local = random.chance(0.5)
        ? random.pick(['billing', 'finance', 'accounts', 'admin', 'cto', 'eng'])
        : `${faker.person.firstName()}.${faker.person.lastName()}`.toLowerCase().replace(/[^a-z.]/g, '');
      customers.push({
        id: `C${String(customers.length + 1).padStart(width, '0')}`,
        name,
        email: `${local}@${domain}`,
        signupMonth: firstSignup + offset,
        currency,
        source: SOURCES[random.weighted(SOURCE_WEIGHTS)],
      });
    }
  });
  return customers;
}
