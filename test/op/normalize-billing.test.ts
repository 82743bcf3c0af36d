import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { normalizeBillingInterval, normalizeBillingStatus } from '../../src/op/normalize-billing.ts';
import type { BillingInterval, BillingStatus } from '../../src/contract/stream.ts';

const interval = suite('normalizeBillingInterval(text)');

const intervals: Array<[string, BillingInterval]> = [
  ['monthly', 'monthly'],
  ['Monthly', 'monthly'],
  ['month', 'monthly'],
  ['MO', 'monthly'],
  ['annual', 'annual'],
  ['ANNUAL', 'annual'],
  ['yearly', 'annual'],
  ['Year', 'annual'],
  ['annually', 'annual'],
];
const badIntervals = [null, '', 'weekly', 'quarterly', 'm', 'yr', 'months', 'per month', 'year ly'];

for (const [text, expected] of intervals) {
  interval(`maps ${JSON.stringify(text)} to ${expected}`, () => assert.is(normalizeBillingInterval(text), expected));
}
for (const text of badIntervals) {
  interval(`makes ${JSON.stringify(text)} null`, () => assert.is(normalizeBillingInterval(text), null));
}
interval.run();

const status = suite('normalizeBillingStatus(text)');

const statuses: Array<[string, BillingStatus]> = [
  ['active', 'active'],
  ['ACTIVE', 'active'],
  ['trialing', 'trialing'],
  ['Trialing', 'trialing'],
  ['past_due', 'past_due'],
  ['PAST_DUE', 'past_due'],
  ['canceled', 'canceled'],
  ['cancelled', 'canceled'],
  ['Cancelled', 'canceled'],
  ['unpaid', 'unpaid'],
];
const badStatuses = [null, '', 'past due', 'past-due', 'trialling', 'inactive', 'paused', 'cancel'];

for (const [text, expected] of statuses) {
  status(`maps ${JSON.stringify(text)} to ${expected}`, () => assert.is(normalizeBillingStatus(text), expected));
}
for (const text of badStatuses) {
  status(`makes ${JSON.stringify(text)} null`, () => assert.is(normalizeBillingStatus(text), null));
}
status.run();
