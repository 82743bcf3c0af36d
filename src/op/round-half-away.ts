/**
 * Divides two integers exactly and rounds the quotient half away from zero, the
 * contract's rounding for every money value.
 *
 * @param numerator - The dividend.
 * @param denominator - The divisor; must not be zero.
 * @returns The nearest integer to numerator / denominator, ties away from zero.
 * @throws {RangeError} When the denominator is zero.
 * @example
 * roundHalfAway(15015n, 10n); // 1502n
 * roundHalfAway(-15015n, 10n); // -1502n
 */
export function roundHalfAway(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('roundHalfAway: division by zero');
  // BigInt division truncates toward zero and the remainder takes the numerator's sign,
  // so only the magnitudes decide whether to step one further from zero.
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const absRemainder = remainder < 0n ? -remainder : remainder;
  const absDenominator = denominator < 0n ? -denominator : denominator;
  if (absRemainder * 2n < absDenominator) return quotient;
  return numerator < 0n !== denominator < 0n ? quotient - 1n : quotient + 1n;
}
