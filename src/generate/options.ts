/**
 * The options of `generateStream` and their validation. The CLI and the programmatic
 * API share these checks, so a bad flag fails the same way from both.
 */
import { fromIsoDate, toMonthIndex, toMonthLabel, type CalendarDate, type MonthIndex } from './calendar.ts';

/** First and last month covered by `data/reference/fx_rates.csv`; generated dates stay inside. */
export const FX_FIRST_MONTH: MonthIndex = toMonthIndex(2018, 1);
export const FX_LAST_MONTH: MonthIndex = toMonthIndex(2030, 12);

/** Options of {@link generateStream}. */
export interface GenerateOptions {
  /** Directory to write `users.csv`, `products.csv` and `transactions.csv` into; created when missing. */
  out: string;
  /** [seed=42] Seed of every random choice: the same options always give the same bytes. */
  seed?: number;
  /** [users=2000] Number of customers (users.csv rows before deliberate duplicates). */
  users?: number;
  /** [transactions=40000] Number of payments (transactions.csv rows before deliberate duplicates). */
  transactions?: number;
  /** [endDate='2025-06-14'] Last transaction date, `YYYY-MM-DD`; never "today", so output is reproducible. */
  endDate?: string;
  /** [months=30] Length of the history in calendar months, ending with endDate's month (at least 24). */
  months?: number;
  /** [clean=false] Write contract-perfect files with no deliberate faults (for benchmarks). */
  clean?: boolean;
  /** [fx=false] Also write `fx_rates.csv` into `out`. */
  fx?: boolean;
  /** [onProgress=none] Called with (written, total) transactions at every tenth of the run. */
  onProgress?: (written: number, total: number) => void;
}

/** Options after defaults and validation, with the date range worked out. */
export interface ResolvedGenerateOptions extends Required<Omit<GenerateOptions, 'onProgress'>> {
  onProgress: ((written: number, total: number) => void) | null;
  startMonth: MonthIndex;
  endMonth: MonthIndex;
  end: CalendarDate;
}

/** A bad option: the message is meant for the user, as is. */
export class GenerateOptionsError extends Error {
  override name = 'GenerateOptionsError';
}

export const DEFAULT_GENERATE_OPTIONS = {
  seed: 42,
  users: 2000,
  transactions: 40000,
  endDate: '2025-06-14',
  months: 30,
  clean: false,
  fx: false,
} as const;

/** The deliberate faults need room: every kind must fire at least once at a small rate. */
export const MESSY_MIN_USERS = 200;
export const MESSY_MIN_TRANSACTIONS = 2000;
const MAX_USERS = 1_000_000;
const MAX_TRANSACTIONS = 100_000_000;
const MIN_MONTHS = 24;

function checkInteger(flag: string, value: number, min: number, max: number, hint = ''): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new GenerateOptionsError(`${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}${hint}`);
  }
}

/**
 * Applies defaults to generator options and rejects bad ones with a one-line message.
 *
 * @param options the caller's options
 * @returns the options with every default filled in and the month range resolved
 * @example
 * resolveGenerateOptions({ out: 'data/raw/stream' }).startMonth; // month index of 2023-01
 */
export function resolveGenerateOptions(options: GenerateOptions): ResolvedGenerateOptions {
  const {
    out,
    seed = DEFAULT_GENERATE_OPTIONS.seed,
    users = DEFAULT_GENERATE_OPTIONS.users,
    transactions = DEFAULT_GENERATE_OPTIONS.transactions,
    endDate = DEFAULT_GENERATE_OPTIONS.endDate,
    months = DEFAULT_GENERATE_OPTIONS.months,
    clean = DEFAULT_GENERATE_OPTIONS.clean,
    fx = DEFAULT_GENERATE_OPTIONS.fx,
    onProgress,
  } = options;
  if (typeof out !== 'string' || out.trim() === '') {
    throw new GenerateOptionsError('--out is required: the directory to write the CSV files into');
  }
  checkInteger('--seed', seed, 0, 0xffffffff);
  const messHint = clean ? '' : ' (the deliberate faults need room; use --clean for smaller runs)';
  checkInteger('--users', users, clean ? 1 : MESSY_MIN_USERS, MAX_USERS, messHint);
  checkInteger('--transactions', transactions, clean ? 1 : MESSY_MIN_TRANSACTIONS, MAX_TRANSACTIONS, messHint);

  const end = fromIsoDate(endDate);
  if (!end) {
    throw new GenerateOptionsError(`--end-date must be a real date written YYYY-MM-DD, got ${JSON.stringify(endDate)}`);
  }
  const endMonth = toMonthIndex(end.year, end.month);
  const coverage = `${toMonthLabel(FX_FIRST_MONTH)}..${toMonthLabel(FX_LAST_MONTH)}, the months of data/reference/fx_rates.csv`;
  if (endMonth > FX_LAST_MONTH || endMonth < FX_FIRST_MONTH + MIN_MONTHS - 1) {
    throw new GenerateOptionsError(
      `--end-date ${endDate} is out of range: the ${MIN_MONTHS}+ months of history must lie inside ${coverage}`,
    );
  }
  const maxMonths = endMonth - FX_FIRST_MONTH + 1;
  checkInteger('--months', months, MIN_MONTHS, maxMonths, `: with --end-date ${endDate} the history must start in ${coverage}`);

  return {
    out,
    seed,
    users,
    transactions,
    endDate,
    months,
    clean,
    fx,
    onProgress: onProgress ?? null,
    startMonth: endMonth - months + 1,
    endMonth,
    end,
  };
}
