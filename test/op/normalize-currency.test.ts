import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { normalizeCurrency } from '../../src/op/normalize-currency.ts';
import type { CurrencySymbol } from '../../src/op/parse-amount.ts';

const test = suite('normalizeCurrency(code, symbol)');

const cases: Array<[string, string | null, CurrencySymbol | null, string | null]> = [
  ['upper-cases an explicit code', 'eur', null, 'EUR'],
  ['keeps an upper-case code', 'GBP', null, 'GBP'],
  ['lets an explicit code win over the symbol', 'eur', '$', 'EUR'],
  ['keeps an unknown code for the FX lookup to reject', 'xyz', '£', 'XYZ'],
  ['infers USD from $', null, '$', 'USD'],
  ['infers EUR from €', null, '€', 'EUR'],
  ['infers GBP from £', null, '£', 'GBP'],
  ['treats an empty code as missing', '', '€', 'EUR'],
  ['gives null without code or symbol', null, null, null],
];

for (const [name, code, symbol, expected] of cases) {
  test(name, () => assert.is(normalizeCurrency(code, symbol), expected));
}

test.run();
