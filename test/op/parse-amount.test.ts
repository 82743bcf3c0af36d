import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseAmount } from '../../src/op/parse-amount.ts';
import type { CurrencySymbol } from '../../src/op/parse-amount.ts';

const test = suite('parseAmount(text)');

const accepted: Array<[string, number, CurrencySymbol | null]> = [
  // plain numbers
  ['12', 1200, null],
  ['12.5', 1250, null],
  ['12.50', 1250, null],
  ['0', 0, null],
  ['0.01', 1, null],
  ['007.10', 710, null],
  ['1234567.89', 123456789, null],
  // US grouping
  ['1,234', 123400, null],
  // The grammar's lead group is any one to three digits, so a zero lead group is still grouping.
  ['0,123', 12300, null],
  ['1,234.56', 123456, null],
  ['12,345,678.9', 1234567890, null],
  ['999,999', 99999900, null],
  // negatives
  ['-12.50', -1250, null],
  ['(12.50)', -1250, null],
  ['(1,234.56)', -123456, null],
  // symbols in every allowed place
  ['$12.50', 1250, '$'],
  ['€12.50', 1250, '€'],
  ['£12.50', 1250, '£'],
  ['-$12.50', -1250, '$'],
  ['$-12.50', -1250, '$'],
  ['($12.50)', -1250, '$'],
  ['$(12.50)', -1250, '$'],
  ['-€1,000', -100000, '€'],
  // white space right after the symbol
  ['$ 12.50', 1250, '$'],
  ['$ -12.50', -1250, '$'],
  ['-$ 12.50', -1250, '$'],
  ['$ (12.50)', -1250, '$'],
  ['($ 12.50)', -1250, '$'],
  ['£\u00a012', 1200, '£'],
  ['€\u3000 12', 1200, '€'],
  // rounding half away from zero on the decimal digits
  ['0.005', 1, null],
  ['-0.005', -1, null],
  ['0.0049999', 0, null],
  ['-0.0049999', 0, null],
  ['2.675', 268, null],
  ['(2.675)', -268, null],
  ['-2.675', -268, null],
  ['1.005', 101, null],
  ['-1.005', -101, null],
  ['1.0049', 100, null],
  ['1.015', 102, null],
  ['0.125', 13, null],
  ['0.135', 14, null],
  ['9.995', 1000, null],
  ['-9.995', -1000, null],
  ['1,234.565', 123457, null],
  ['$(0.015)', -2, '$'],
  // zero never carries a minus sign
  ['-0', 0, null],
  ['(0.00)', 0, null],
  ['-$0.004', 0, '$'],
  // the safe-integer edge
  ['90071992547409.91', 9007199254740991, null],
  ['-90071992547409.91', -9007199254740991, null],
];

const rejected: string[] = [
  '',
  '+5',
  '.5',
  '5.',
  '-.5',
  '1e3',
  '1E3',
  '0x10',
  '12abc',
  'abc',
  'USD 12',
  '12 USD',
  '12$',
  '$$12',
  '$€12',
  '$-$12',
  '$($12)',
  '-$-12',
  '--12',
  '-(12)',
  '(-12)',
  '(12',
  '12)',
  '()',
  '$',
  '-',
  '- 12',
  '( 12)',
  '(12 )',
  ' 12',
  '12 ',
  '1 234',
  '1,23',
  '12,3456',
  '1234,567',
  ',123',
  '1,234,',
  '1,,234',
  '1,234.',
  '1.234,56',
  '1,234,5678',
  '12.3.4',
  '½',
  '１２',
  '¥12',
  '90071992547409.92',
  '123456789012345678901234567890',
];

for (const [text, cents, symbol] of accepted) {
  test(`reads ${JSON.stringify(text)} as ${cents} cents${symbol ? ' in ' + symbol : ''}`, () => {
    assert.equal(parseAmount(text), { cents, symbol });
  });
}
for (const text of rejected) {
  test(`rejects ${JSON.stringify(text)}`, () => assert.is(parseAmount(text), null));
}

test('never returns negative zero', () => {
  for (const text of ['-0', '(0)', '-0.00', '-$0.001']) assert.ok(Object.is(parseAmount(text)?.cents, 0), text);
});

test.run();
