import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { convertToUsd, parseRate } from '../../src/op/convert-to-usd.ts';

const rate = suite('parseRate(text)');

const rates: Array<[string, string]> = [
  ['1', '1'],
  ['1.0', '1'],
  ['1.0852', '1.0852'],
  ['0.9', '0.9'],
  ['01.50', '1.5'],
  ['000.0100', '0.01'],
  ['250', '250'],
  ['100.000', '100'],
  ['0.000001', '0.000001'],
];
const badRates = ['0', '0.0', '000', '-1', '+1', '.5', '5.', '1e3', '1,000', '1.2.3', 'one', '', ' 1', '1 '];

for (const [text, expected] of rates)
  rate(`normalizes ${text} to ${expected}`, () => assert.is(parseRate(text), expected));
for (const text of badRates) rate(`rejects ${JSON.stringify(text)}`, () => assert.is(parseRate(text), null));
rate.run();

const convert = suite('convertToUsd(cents, rate)');

const conversions: Array<[string, number, string, number]> = [
  ['keeps USD cents at rate 1', 12345, '1', 12345],
  ['keeps negative cents at rate 1', -12345, '1', -12345],
  ['multiplies exactly', 10000, '1.0852', 10852],
  ['rounds 15.015 up to 15.02', 1001, '1.5', 1502],
  ['rounds -15.015 away from zero to -15.02', -1001, '1.5', -1502],
  ['rounds below half down', 1001, '1.4', 1401],
  ['rounds a long rate exactly', 333, '1.0852', 361],
  ['rounds a half produced by a long rate up', 5, '0.9', 5],
  ['rounds a negative half produced by a long rate away', -5, '0.9', -5],
  ['rounds a sub-half result to zero without a minus sign', -1, '0.4', 0],
  ['handles a non-canonical rate the same way', 1001, '1.50', 1502],
  ['handles a rate with more digits than a double holds', 100, '1.00000000000000000000001', 100],
  ['handles a rate whose product passes 2^53', 9007199254740991, '0.5', 4503599627370496],
  ['handles a negative product past 2^53', -9007199254740991, '0.5', -4503599627370496],
  ['multiplies by a rate above 1 without fraction', 250, '3', 750],
];

for (const [name, cents, rateText, expected] of conversions) {
  convert(name, () => assert.is(convertToUsd(cents, rateText), expected));
}

convert('never returns negative zero', () => {
  assert.ok(Object.is(convertToUsd(-0, '1'), 0));
  assert.ok(Object.is(convertToUsd(-1, '0.4'), 0));
  assert.ok(Object.is(convertToUsd(-1, '0.00000000000000000001'), 0));
});

convert('matches exact BigInt rounding across a sweep of amounts and rates', () => {
  const wrong: string[] = [];
  for (const rateText of ['0.9', '1.0852', '1.27', '0.00735', '1.12345678901234567']) {
    const [units, fraction = ''] = rateText.split('.');
    const numerator = BigInt(units + fraction);
    const denominator = 10n ** BigInt(fraction.length);
    for (let cents = -2000; cents <= 2000; cents += 7) {
      const product = BigInt(cents) * numerator;
      const twice = 2n * (product < 0n ? -product : product);
      const floor = (product < 0n ? -product : product) / denominator;
      const magnitude = twice - 2n * floor * denominator >= denominator ? floor + 1n : floor;
      const expected = Number(product < 0n ? -magnitude : magnitude);
      if (convertToUsd(cents, rateText) !== (expected === 0 ? 0 : expected)) wrong.push(`${cents}@${rateText}`);
    }
  }
  assert.equal(wrong, []);
});

convert('refuses a rate that is not a plain decimal', () => {
  assert.throws(
    () => convertToUsd(100, '1e3'),
    (error: unknown) => error instanceof RangeError,
  );
});

convert('refuses cents that are not a safe integer', () => {
  assert.throws(
    () => convertToUsd(1.5, '1.1'),
    (error: unknown) => error instanceof RangeError,
  );
});

convert('refuses a result beyond the safe integer range', () => {
  assert.throws(
    () => convertToUsd(Number.MAX_SAFE_INTEGER, '2'),
    (error: unknown) => error instanceof RangeError,
  );
});

convert.run();
