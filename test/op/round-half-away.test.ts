import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { roundHalfAway } from '../../src/op/round-half-away.ts';

const test = suite('roundHalfAway(numerator, denominator)');

const cases: Array<[string, bigint, bigint, bigint]> = [
  ['divides exactly when there is no remainder', 100n, 10n, 10n],
  ['rounds down below half', 14n, 10n, 1n],
  ['rounds a positive half up', 15n, 10n, 2n],
  ['rounds above half up', 16n, 10n, 2n],
  ['rounds a negative half away from zero', -15n, 10n, -2n],
  ['rounds a negative below half toward zero', -14n, 10n, -1n],
  ['rounds 15.015 to 1502 cents', 15015n, 10n, 1502n],
  ['rounds -15.015 to -1502 cents', -15015n, 10n, -1502n],
  ['handles a negative denominator', 15n, -10n, -2n],
  ['handles both negative', -15n, -10n, 2n],
  ['rounds halves of odd denominators correctly', 1n, 3n, 0n],
  ['rounds two thirds up', 2n, 3n, 1n],
  ['returns zero for zero', 0n, 7n, 0n],
  ['stays exact beyond 2^53', 90071992547409915n, 10n, 9007199254740992n],
];

for (const [name, numerator, denominator, expected] of cases) {
  test(name, () => assert.is(roundHalfAway(numerator, denominator), expected));
}

test('refuses a zero denominator', () => {
  assert.throws(
    () => roundHalfAway(1n, 0n),
    (error: unknown) => error instanceof RangeError,
  );
});

test.run();
