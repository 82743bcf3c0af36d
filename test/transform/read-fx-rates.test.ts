import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fromCsv } from '../../src/ingest/read-csv.ts';
import { FX_RATES } from '../../src/contract/stream.ts';
import { lookupRate, readFxRates } from '../../src/transform/read-fx-rates.ts';
import { tableEqual } from '../helpers/table-equal.ts';

const read = async (rows: string) => readFxRates((await fromCsv(`currency,month,usd_per_unit\n${rows}`, FX_RATES)).table);

const fx = suite('readFxRates(table)');

fx('keys each rate by upper-cased code and month, as canonical decimal text', async () => {
  const { rates, skipped } = await read(' eur ,2025-01,1.0850\nGBP, 2025-02 ,01.27\n');
  assert.equal([...rates.entries()], [['EUR|2025-01', '1.085'], ['GBP|2025-02', '1.27']]);
  assert.is(skipped.numRows(), 0);
});

fx('keeps the last row of a repeated currency and month', async () => {
  const { rates } = await read('EUR,2025-01,1.08\nEUR,2025-02,1.10\neur,2025-01,1.09\n');
  assert.is(rates.get('EUR|2025-01'), '1.09');
  assert.is(rates.get('EUR|2025-02'), '1.1');
});

fx('skips rows that do not parse and reports their line, column and value', async () => {
  const { rates, skipped } = await read('EUR,2025-01,1.08\n,2025-01,1.2\nGBP,2025-1,1.27\nJPY,2025-01,-0.0067\nCHF,2025-01,0\nEUR,2025-01\n');
  assert.equal([...rates.entries()], [['EUR|2025-01', '1.08']]);
  tableEqual(skipped, {
    line: [3, 4, 5, 6, 7],
    column: ['currency', 'month', 'usd_per_unit', 'usd_per_unit', null],
    value: [null, '2025-1', '-0.0067', '0', null],
  });
});

fx('does not let a bad row replace an earlier good rate', async () => {
  const { rates } = await read('EUR,2025-01,1.08\nEUR,2025-01,n/a\n');
  assert.is(rates.get('EUR|2025-01'), '1.08');
});

fx.run();

const lookup = suite('lookupRate(rates, currency, month)');

lookup('finds the rate of the currency in that month', () => {
  const rates = new Map([['EUR|2025-01', '1.08'], ['EUR|2025-02', '1.1']]);
  assert.is(lookupRate(rates, 'EUR', '2025-02'), '1.1');
});

lookup('returns null for a currency without a rate that month', () => {
  const rates = new Map([['EUR|2025-01', '1.08']]);
  assert.is(lookupRate(rates, 'EUR', '2025-03'), null);
  assert.is(lookupRate(rates, 'GBP', '2025-01'), null);
});

lookup('gives USD a rate of 1 in every month, whatever the table says', async () => {
  const { rates } = await read('USD,2025-01,0.9\n');
  assert.is(lookupRate(rates, 'USD', '2025-01'), '1');
  assert.is(lookupRate(new Map(), 'USD', '1999-12'), '1');
});

lookup.run();
