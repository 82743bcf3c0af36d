import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { toMonthLabel } from '../../src/generate/calendar.ts';
import { resolveGenerateOptions, type GenerateOptions } from '../../src/generate/options.ts';

const test = suite('resolveGenerateOptions(options)');

const rejects = (options: Partial<GenerateOptions>, message: RegExp): void => {
  assert.throws(() => resolveGenerateOptions({ out: '/tmp/x', ...options }), message);
};

test('defaults to seed 42, 2000 users, 40000 transactions, 30 months to 2025-06-14', () => {
  const resolved = resolveGenerateOptions({ out: 'data/raw/stream' });
  assert.equal(
    [resolved.seed, resolved.users, resolved.transactions, resolved.endDate, resolved.clean, resolved.fx],
    [42, 2000, 40000, '2025-06-14', false, false],
  );
  assert.is(toMonthLabel(resolved.startMonth), '2023-01');
  assert.is(toMonthLabel(resolved.endMonth), '2025-06');
});

test('requires an output directory', () => {
  assert.throws(() => resolveGenerateOptions({ out: '' }), /--out is required/);
});

test('rejects counts that are not whole numbers in range', () => {
  rejects({ users: 2.5 }, /--users must be a whole number from 200 to/);
  rejects({ transactions: -1 }, /--transactions must be a whole number/);
  rejects({ seed: 2 ** 32 }, /--seed must be a whole number from 0 to 4294967295/);
});

test('needs room for the deliberate faults unless --clean', () => {
  rejects({ users: 10 }, /use --clean for smaller runs/);
  assert.is(resolveGenerateOptions({ out: '/tmp/x', users: 10, transactions: 5, clean: true }).users, 10);
});

test('rejects impossible or badly written end dates', () => {
  rejects({ endDate: '2025-02-30' }, /--end-date must be a real date written YYYY-MM-DD, got "2025-02-30"/);
  rejects({ endDate: '14/06/2025' }, /YYYY-MM-DD/);
});

test('keeps the whole history inside the FX table, 2018-01..2030-12', () => {
  rejects({ endDate: '2031-01-01' }, /--end-date 2031-01-01 is out of range.*2018-01\.\.2030-12/);
  rejects({ endDate: '2019-06-30' }, /out of range/);
  rejects({ months: 100 }, /--months must be a whole number from 24 to 90, got 100/);
  rejects({ months: 12 }, /from 24/);
  const widest = resolveGenerateOptions({ out: '/tmp/x', endDate: '2030-12-31', months: 156 });
  assert.is(toMonthLabel(widest.startMonth), '2018-01');
});

test.run();
