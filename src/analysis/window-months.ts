/**
 * The contract's window: the 6 calendar months ending with the as-of date's month.
 * @param asOf `YYYY-MM-DD`
 * @param months [months=6] how many months
 * @returns the months as `YYYY-MM`, oldest first
 * @example
 * windowMonths('2025-06-14'); // ['2025-01', …, '2025-06']
 */
export function windowMonths(asOf: string, months = 6): string[] {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  return Array.from({ length: months }, (_, i) => {
    const index = year * 12 + (month - 1) - (months - 1 - i);
    return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * Whether the as-of date ends its month; when not, the window's last month is partial.
 * @param asOf `YYYY-MM-DD`
 * @returns true when the as-of date is not the month's last day
 */
export function isPartialMonth(asOf: string): boolean {
  const [year, month, day] = asOf.split('-').map(Number);
  return day < new Date(Date.UTC(year, month, 0)).getUTCDate();
}
