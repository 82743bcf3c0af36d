import { suite } from 'uvu';
import * as aq from 'arquero';
import { convertCurrencies } from '../../src/transform/convert-currencies.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const test = suite('convertCurrencies(table, rates)');

const rates = new Map([
  ['EUR|2025-01', '1.1'],
  ['EUR|2025-02', '1.2'],
  ['GBP|2025-01', '1.25'],
  ['USD|2025-01', '0.5'],
]);

// A transactions table after the date and amount rules.
const transactions = (rows: [string | null, string | null, number | null, string | null, string | null][]) =>
  aq.table({
    reason: rows.map((row) => row[0]),
    currency: rows.map((row) => row[1]),
    total_amount_cents: rows.map((row) => row[2]),
    total_amount_symbol: rows.map((row) => row[3]),
    transaction_date: rows.map((row) => row[4]),
  });

test("converts at the rate of the transaction's calendar month", () => {
  const table = transactions([
    [null, 'eur', 1001, null, '2025-01-31'],
    [null, 'EUR', 1001, null, '2025-02-01'],
    [null, 'EUR', -1001, null, '2025-02-01'],
  ]);
  tableEqual(convertCurrencies(table, rates), {
    reason: [null, null, null],
    currency: ['EUR', 'EUR', 'EUR'],
    total_amount_cents: [1001, 1001, -1001],
    total_amount_symbol: [null, null, null],
    transaction_date: ['2025-01-31', '2025-02-01', '2025-02-01'],
    usd_per_unit: ['1.1', '1.2', '1.2'],
    amount_usd_cents: [1101, 1201, -1201],
  });
});

test('infers an empty currency from the amount symbol', () => {
  const table = transactions([
    [null, null, 1000, '$', '2025-01-10'],
    [null, null, 1000, '€', '2025-01-10'],
    [null, null, 1000, '£', '2025-01-10'],
  ]);
  const result = convertCurrencies(table, rates);
  tableEqual(result.select('reason', 'currency', 'amount_usd_cents'), {
    reason: [null, null, null],
    currency: ['USD', 'EUR', 'GBP'],
    amount_usd_cents: [1000, 1100, 1250],
  });
});

test('lets an explicit code win over the symbol', () => {
  const table = transactions([[null, 'GBP', 1000, '$', '2025-01-10']]);
  tableEqual(convertCurrencies(table, rates).select('currency', 'amount_usd_cents'), { currency: ['GBP'], amount_usd_cents: [1250] });
});

test('converts USD at 1 even when the FX table gives it another rate', () => {
  const table = transactions([[null, 'usd', 1234, null, '2025-01-10']]);
  tableEqual(convertCurrencies(table, rates).select('usd_per_unit', 'amount_usd_cents'), { usd_per_unit: ['1'], amount_usd_cents: [1234] });
});

test('rejects as bad_currency a row with no code and no symbol, or a code without a rate that month', () => {
  const table = transactions([
    [null, null, 1000, null, '2025-01-10'],
    [null, 'EUR', 1000, null, '2025-03-10'],
    [null, 'XYZ', 1000, null, '2025-01-10'],
  ]);
  tableEqual(convertCurrencies(table, rates).select('reason', 'currency', 'usd_per_unit', 'amount_usd_cents'), {
    reason: ['bad_currency', 'bad_currency', 'bad_currency'],
    currency: [null, 'EUR', 'XYZ'],
    usd_per_unit: [null, null, null],
    amount_usd_cents: [null, null, null],
  });
});

test('keeps an earlier reason and still converts the amount where it can, for quarantine', () => {
  const table = transactions([
    ['missing_id', 'EUR', 1000, null, '2025-01-10'],
    ['bad_date', 'EUR', 1000, null, null],
    ['bad_amount', null, null, null, '2025-01-10'],
    ['bad_row', null, null, null, null],
  ]);
  tableEqual(convertCurrencies(table, rates).select('reason', 'usd_per_unit', 'amount_usd_cents'), {
    reason: ['missing_id', 'bad_date', 'bad_amount', 'bad_row'],
    usd_per_unit: ['1.1', null, null, null],
    amount_usd_cents: [1100, null, null, null],
  });
});

test.run();
