import { suite } from 'uvu';
import * as aq from 'arquero';
import { normalizePlans } from '../../src/transform/normalize-plans.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const test = suite('normalizePlans(table)');

test('maps category, interval and status onto canonical values without warnings', () => {
  const table = aq.table({
    product_category: ['chat messaging', 'Video and Audio'],
    billing_interval: ['Mo', 'yearly'],
    billing_status: ['Cancelled', 'PAST_DUE'],
  });
  tableEqual(normalizePlans(table), {
    product_category: ['Chat', 'Video'],
    billing_interval: ['monthly', 'annual'],
    billing_status: ['canceled', 'past_due'],
    warnings: [null, null],
  });
});

test('keeps a row with unknown values: Unknown category, null interval and status, one warning each', () => {
  const table = aq.table({ product_category: ['Storage'], billing_interval: ['weekly'], billing_status: ['paused'] });
  tableEqual(normalizePlans(table), {
    product_category: ['Unknown'],
    billing_interval: [null],
    billing_status: [null],
    warnings: [[
      { kind: 'unknown_category', column: 'product_category', value: 'Storage' },
      { kind: 'unknown_billing_interval', column: 'billing_interval', value: 'weekly' },
      { kind: 'unknown_billing_status', column: 'billing_status', value: 'paused' },
    ]],
  });
});

test('warns on an empty category, interval and status too', () => {
  const table = aq.table({ product_category: [null], billing_interval: [null], billing_status: [null] });
  tableEqual(normalizePlans(table), {
    product_category: ['Unknown'],
    billing_interval: [null],
    billing_status: [null],
    warnings: [[
      { kind: 'unknown_category', column: 'product_category', value: null },
      { kind: 'unknown_billing_interval', column: 'billing_interval', value: null },
      { kind: 'unknown_billing_status', column: 'billing_status', value: null },
    ]],
  });
});

test.run();
