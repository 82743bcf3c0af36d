import type { BillingInterval, BillingStatus } from '../contract/stream.ts';

// Keys are lower case: matching is case-insensitive on the whole text-normalized field.
const INTERVAL_BY_NAME = new Map<string, BillingInterval>([
  ['monthly', 'monthly'],
  ['month', 'monthly'],
  ['mo', 'monthly'],
  ['annual', 'annual'],
  ['yearly', 'annual'],
  ['year', 'annual'],
  ['annually', 'annual'],
]);

const STATUS_BY_NAME = new Map<string, BillingStatus>([
  ['active', 'active'],
  ['trialing', 'trialing'],
  ['past_due', 'past_due'],
  ['canceled', 'canceled'],
  ['cancelled', 'canceled'],
  ['unpaid', 'unpaid'],
]);

/**
 * Maps a billing interval to `monthly` (aliases `month`, `mo`) or `annual` (aliases
 * `yearly`, `year`, `annually`), in any case.
 *
 * @param text - A text-normalized field, or null when it was empty.
 * @returns The canonical interval, or null for anything else (an
 *   `unknown_billing_interval` warning when text was given).
 * @example
 * normalizeBillingInterval('Yearly'); // 'annual'
 * normalizeBillingInterval('weekly'); // null
 */
export function normalizeBillingInterval(text: string | null): BillingInterval | null {
  return text === null ? null : (INTERVAL_BY_NAME.get(text.toLowerCase()) ?? null);
}

/**
 * Maps a billing status to `active`, `trialing`, `past_due`, `canceled` (alias
 * `cancelled`) or `unpaid`, in any case.
 *
 * @param text - A text-normalized field, or null when it was empty.
 * @returns The canonical status, or null for anything else (an
 *   `unknown_billing_status` warning when text was given).
 * @example
 * normalizeBillingStatus('Cancelled'); // 'canceled'
 * normalizeBillingStatus('past due'); // null
 */
export function normalizeBillingStatus(text: string | null): BillingStatus | null {
  return text === null ? null : (STATUS_BY_NAME.get(text.toLowerCase()) ?? null);
}
