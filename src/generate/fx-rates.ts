/**
 * Monthly FX rates (USD per unit) for USD, EUR and GBP over every month the generator
 * can produce. The walk uses its own fixed seed, not --seed: the reference table is
 * one committed file that every generated dataset must agree with.
 */
import { toMonthLabel } from './calendar.ts';
import { FX_FIRST_MONTH, FX_LAST_MONTH } from './options.ts';
import { createRandom } from './random.ts';

/** One row of fx_rates.csv. */
export interface FxRate {
  currency: 'USD' | 'EUR' | 'GBP';
  /** `YYYY-MM`. */
  month: string;
  /** USD per unit of `currency`, 6 decimals. */
  usd_per_unit: string;
}

export const FX_COLUMNS = ['currency', 'month', 'usd_per_unit'] as const;

// Bands in micro-dollars, chosen to look like 2018–2025: EUR 1.05–1.20, GBP 1.20–1.40.
const WALKS = [
  { currency: 'EUR', start: 1_190_000, mean: 1_120_000, min: 1_050_000, max: 1_200_000, step: 14_000 },
  { currency: 'GBP', start: 1_380_000, mean: 1_290_000, min: 1_200_000, max: 1_400_000, step: 18_000 },
] as const;

const FX_SEED = 2018;

// Integer micro-units keep the walk exact: no float drift between machines.
const formatMicros = (micros: number): string =>
  `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}`;

/**
 * The reference FX table: USD, EUR and GBP for every month from 2018-01 to 2030-12,
 * sorted by currency then month.
 *
 * @returns the rows of fx_rates.csv
 * @example
 * fxRates().find((r) => r.currency === 'EUR' && r.month === '2025-06')?.usd_per_unit; // e.g. '1.134512'
 */
export function fxRates(): FxRate[] {
  const rows: FxRate[] = [];
  for (const walk of WALKS) {
    const random = createRandom(FX_SEED, `fx:${walk.currency}`);
    let micros: number = walk.start;
    for (let month = FX_FIRST_MONTH; month <= FX_LAST_MONTH; month++) {
      rows.push({ currency: walk.currency, month: toMonthLabel(month), usd_per_unit: formatMicros(micros) });
      const pull = Math.round((walk.mean - micros) * 0.08);
      micros = Math.min(walk.max, Math.max(walk.min, micros + pull + random.int(-walk.step, walk.step)));
    }
  }
  for (let month = FX_FIRST_MONTH; month <= FX_LAST_MONTH; month++) {
    rows.push({ currency: 'USD', month: toMonthLabel(month), usd_per_unit: '1.000000' });
  }
  return rows;
}

/**
 * The lines of fx_rates.csv. Unless clean, three extra rows at the end exercise the
 * contract's FX rules without changing any rate: a padded lower-case repeat of the
 * last EUR row (same value, the last copy wins), and two rows that do not parse.
 *
 * @param options `clean` leaves the faults out
 * @returns the header and data lines, without line ends
 * @example
 * [...toFxRatesLines({ clean: true })][0]; // 'currency,month,usd_per_unit'
 */
export function* toFxRatesLines({ clean = true }: { clean?: boolean } = {}): Generator<string> {
  yield FX_COLUMNS.join(',');
  const rows = fxRates();
  for (const row of rows) yield `${row.currency},${row.month},${row.usd_per_unit}`;
  if (clean) return;
  const lastEur = rows.filter((row) => row.currency === 'EUR').at(-1)!;
  yield ` eur ,${lastEur.month},${lastEur.usd_per_unit}`;
  yield `GBP,2024-13,1.270000`;
  yield `EUR,2024-05,n/a`;
}
