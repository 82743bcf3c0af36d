import { readFile } from 'node:fs/promises';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fxRates, toFxRatesLines } from '../../src/generate/fx-rates.ts';

const test = suite('fxRates()');

test('covers USD, EUR and GBP for every month from 2018-01 to 2030-12', () => {
  const rows = fxRates();
  for (const currency of ['USD', 'EUR', 'GBP']) {
    const months = rows.filter((r) => r.currency === currency).map((r) => r.month);
    assert.is(months.length, 13 * 12);
    assert.is(months[0], '2018-01');
    assert.is(months.at(-1), '2030-12');
    assert.is(new Set(months).size, months.length);
  }
});

test('keeps rates plausible, 6 decimals, USD exactly 1', () => {
  for (const { currency, usd_per_unit } of fxRates()) {
    assert.match(usd_per_unit, /^\d\.\d{6}$/);
    const rate = Number(usd_per_unit);
    if (currency === 'USD') assert.is(rate, 1);
    if (currency === 'EUR') assert.ok(rate >= 1.05 && rate <= 1.2, usd_per_unit);
    if (currency === 'GBP') assert.ok(rate >= 1.2 && rate <= 1.4, usd_per_unit);
  }
});

test('is what data/reference/fx_rates.csv holds, byte for byte', async () => {
  const committed = await readFile(new URL('../../data/reference/fx_rates.csv', import.meta.url), 'utf8');
  assert.is(committed, [...toFxRatesLines({ clean: true })].map((line) => `${line}\n`).join(''));
});

test.run();

const lines = suite('toFxRatesLines(options)');

lines('appends a padded lower-case repeat and two unparseable rows unless clean', () => {
  const clean = [...toFxRatesLines({ clean: true })];
  const messy = [...toFxRatesLines({ clean: false })];
  assert.equal(messy.slice(0, clean.length), clean);
  assert.match(messy[clean.length], /^ eur ,2030-12,/);
  assert.is(messy.length, clean.length + 3);
});

lines.run();
