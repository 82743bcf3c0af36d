import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatCount, formatDate, formatMonth, formatMonthRange, formatPercent, formatUsd } from '../../src/report/format.ts';

const usd = suite('formatUsd(value, options)');
usd('shows dollars with grouping and cents', () => {
  assert.is(formatUsd(1234567.5), '$1,234,567.50');
});
usd('puts the minus sign before the dollar sign', () => {
  assert.is(formatUsd(-12.5), '-$12.50');
});
usd('never shows a negative zero', () => {
  assert.is(formatUsd(-0.001), '$0.00');
  assert.is(formatUsd(-0.4, { decimals: 0 }), '$0');
});
usd('shows a missing value as a dash', () => {
  assert.is(formatUsd(null), '—');
  assert.is(formatUsd(Number.NaN), '—');
});
usd('abbreviates thousands and millions in compact form', () => {
  assert.is(formatUsd(950, { compact: true }), '$950');
  assert.is(formatUsd(5000, { compact: true }), '$5K');
  assert.is(formatUsd(12500, { compact: true }), '$12.5K');
  assert.is(formatUsd(1234567, { compact: true }), '$1.2M');
  assert.is(formatUsd(-2500, { compact: true }), '-$2.5K');
});
usd('moves to the next unit rather than showing 1,000K', () => {
  assert.is(formatUsd(999950, { compact: true }), '$1M');
});
usd.run();

const percent = suite('formatPercent(value, options)');
percent('signs growth and decline', () => {
  assert.is(formatPercent(12.345), '+12.3%');
  assert.is(formatPercent(-8.51, { decimals: 2 }), '-8.51%');
});
percent('shows zero without a sign, even when rounding a small decline', () => {
  assert.is(formatPercent(-0.04), '0.0%');
});
percent('leaves shares unsigned when asked', () => {
  assert.is(formatPercent(44.3, { signed: false }), '44.3%');
});
percent('shows a null growth as a dash', () => {
  assert.is(formatPercent(null), '—');
});
percent.run();

const month = suite('formatMonth(month, options)');
month('names the month in English whatever the machine locale', () => {
  assert.is(formatMonth('2025-06'), 'June 2025');
  assert.is(formatMonth('2025-01', { style: 'short' }), 'Jan 2025');
  assert.is(formatMonth('2025-12', { style: 'month' }), 'Dec');
});
month('returns text that is not a month unchanged', () => {
  assert.is(formatMonth('2025-13'), '2025-13');
});
month.run();

const date = suite('formatDate(date)');
date('writes the as-of date as US prose without a time zone shift', () => {
  assert.is(formatDate('2025-06-01'), 'June 1, 2025');
});
date.run();

const range = suite('formatMonthRange(months)');
range('names the year once within a year', () => {
  assert.is(formatMonthRange(['2025-01', '2025-02', '2025-06']), 'Jan–Jun 2025');
});
range('names both years across a new year', () => {
  assert.is(formatMonthRange(['2024-11', '2025-04']), 'Nov 2024–Apr 2025');
});
range.run();

const count = suite('formatCount(value)');
count('groups thousands', () => {
  assert.is(formatCount(1234567), '1,234,567');
});
count.run();
