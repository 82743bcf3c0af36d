import { roundHalfAway } from './round-half-away.ts';

const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** A rate as an exact fraction numerator / denominator, in Number and BigInt forms. */
interface ExactRate {
  numerator: number;
  denominator: number;
  bigNumerator: bigint;
  bigDenominator: bigint;
}

// An FX table holds a few rates used millions of times; parsing each once is the win.
// The cap only guards against a caller feeding unbounded distinct rates.
const RATE_CACHE = new Map<string, ExactRate>();
const RATE_CACHE_LIMIT = 4096;

/**
 * Parses an FX rate (USD per unit): a positive plain decimal such as `1`, `1.0852` or
 * `0.9`, without sign, exponent, grouping or a bare leading/trailing point.
 *
 * @param text - A text-normalized field.
 * @returns The rate in canonical form (no leading zeros before the units digit, no
 *   trailing fraction zeros, so `1.0` → `1`), or null when it is not a positive plain
 *   decimal.
 * @example
 * parseRate('01.0850'); // '1.085'
 * parseRate('0'); // null
 */
export function parseRate(text: string): string | null {
  const match = PLAIN_DECIMAL.exec(text);
  if (match === null) return null;
  const units = match[1].replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (units === '0' && fraction === '') return null;
  return fraction === '' ? units : units + '.' + fraction;
}

function toExactRate(rate: string): ExactRate {
  let exact = RATE_CACHE.get(rate);
  if (exact !== undefined) return exact;
  const match = PLAIN_DECIMAL.exec(rate);
  if (match === null) throw new RangeError(`convertToUsd: not a plain decimal rate: ${JSON.stringify(rate)}`);
  const fraction = match[2] ?? '';
  const bigNumerator = BigInt(match[1] + fraction);
  const bigDenominator = 10n ** BigInt(fraction.length);
  exact = { numerator: Number(bigNumerator), denominator: Number(bigDenominator), bigNumerator, bigDenominator };
  if (RATE_CACHE.size >= RATE_CACHE_LIMIT) RATE_CACHE.clear();
  RATE_CACHE.set(rate, exact);
  return exact;
}

/**
 * Converts an amount in cents to USD cents: `round(cents / 100 × rate, 2)` computed
 * exactly and rounded half away from zero, as the contract's `amount_usd`.
 *
 * @param cents - A safe integer amount in cents, in the transaction's currency.
 * @param rate - USD per unit as a plain decimal, normally from {@link parseRate}.
 * @returns The USD amount in cents; never -0.
 * @throws {RangeError} When cents is not a safe integer, the rate is not a plain decimal, or the result would exceed
 *   Number.MAX_SAFE_INTEGER and so could not be returned exactly.
 * @example
 * convertToUsd(1001, '1.5'); // 1502 (15.015 rounds up)
 * convertToUsd(-1001, '1.5'); // -1502
 */
export function convertToUsd(cents: number, rate: string): number {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`convertToUsd: cents must be a safe integer, got ${cents}`);
  if (rate === '1') return cents === 0 ? 0 : cents;
  const { numerator, denominator, bigNumerator, bigDenominator } = toExactRate(rate);
  const product = cents * numerator;
  // Monotonic float rounding means a product at or under the limit was computed exactly,
  // and % and the division of an exact multiple are exact too: integer math in Number.
  if (Math.abs(product) <= Number.MAX_SAFE_INTEGER && denominator <= Number.MAX_SAFE_INTEGER) {
    const remainder = product % denominator;
    const quotient = (product - remainder) / denominator;
    const away = Math.abs(remainder) * 2 >= denominator ? Math.sign(product) : 0;
    const result = quotient + away;
    return result === 0 ? 0 : result;
  }
  const result = roundHalfAway(BigInt(cents) * bigNumerator, bigDenominator);
  if (result > BigInt(Number.MAX_SAFE_INTEGER) || result < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`convertToUsd: ${cents} cents at rate ${rate} exceeds the safe integer range`);
  }
  return Number(result);
}
