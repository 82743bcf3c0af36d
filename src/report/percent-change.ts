/**
 * The change from `previous` to `current` in percent, for the headline comparisons.
 * @param current the value now
 * @param previous the value in the period before
 * @returns the change in percent, or null where either is missing or `previous` is 0
 * @example percentChange(110, 100) // 10
 */
export function percentChange(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current == null || previous == null || previous === 0) return null;
  return ((current - previous) / Math.abs(previous)) * 100;
}
