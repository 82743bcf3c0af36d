/**
 * Splits a whole number into parts proportional to weights, summing exactly to the
 * total (largest remainder method; ties go to the earlier part, so it is deterministic).
 *
 * @param total the whole number to split
 * @param weights one non-negative weight per part
 * @returns one whole count per weight, summing to `total` (all zero when every weight is 0)
 * @example
 * allocate(10, [1, 1, 1]); // [4, 3, 3]
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const quotas = weights.map((w) => (total * w) / sum);
  const counts = quotas.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = quotas
    .map((q, i) => ({ i, remainder: q - Math.floor(q) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k].i]++;
  return counts;
}

/**
 * Seasonal demand by calendar month (1 = January): strong after New Year and in the
 * autumn budget season, weak in August and December holidays.
 */
export const SEASONALITY = [1.15, 1.05, 1.1, 1.0, 1.0, 0.95, 0.85, 0.78, 1.05, 1.12, 1.05, 0.75] as const;
