/**
 * The engine behind the deliberate faults: decides which row gets which fault so that
 * every kind fires at least once (spread over the file), then more at a small rate.
 */
import { toCsvLine } from '../csv-line.ts';
import type { Random } from '../random.ts';

/** How one record leaves the generator; a fault edits it. */
export interface Emission {
  /** Field texts in the contract's column order (the file's order may differ). */
  cells: string[];
  /**
   * When set, written instead of `cells`, unquoted, to make a malformed row: fields in the
   * contract's order, fewer than the header or with a bare comma inside one.
   */
  raw: string[] | null;
  /** Write an empty line before the record. */
  blankBefore: boolean;
  /** Extra records (duplicates, corrections) written `after` records later. */
  later: { after: number; cells: string[] }[];
}

/** What the loader will do with a fault, per the contract. */
export type FaultEffect = 'loaded' | 'warning' | 'rejected' | 'extra';

/** One kind of deliberate fault. */
export interface Fault<R> {
  /** `area:variant`, e.g. `date:us` or `bad_amount:exponent`. */
  kind: string;
  effect: FaultEffect;
  /** Rows it can apply to; absent means any row. */
  eligible?: (row: R) => boolean;
  /** Few rows are eligible: fire as soon as one passes instead of waiting its turn. */
  rare?: boolean;
  apply: (row: R, emission: Emission, random: Random) => void;
}

/** Picks the fault (or none) for each row in turn. */
export interface FaultPicker<R> {
  pick(index: number, row: R): Fault<R> | null;
  /** Kinds that have not fired yet. */
  pending(): string[];
}

/**
 * Creates a picker over a file of `rows` records: each fault kind fires once, spaced
 * through the first two-thirds of the file, and after that (or between) a random
 * fault hits a row with probability `rate`.
 *
 * @param faults the catalogue; each kind fires at least once when rows allow
 * @param options `rows` in the file, fault `rate` per row, and the `random` stream
 * @returns the picker
 * @example
 * const picker = createFaultPicker(USER_FAULTS, { rows: 2000, rate: 0.02, random });
 * picker.pick(0, user); // a Fault, or null for a clean row
 */
export function createFaultPicker<R>(
  faults: readonly Fault<R>[],
  { rows, rate, random }: { rows: number; rate: number; random: Random },
): FaultPicker<R> {
  const pending = [...faults];
  const spacing = Math.max(1, Math.floor((rows * 2) / 3 / (faults.length + 1)));
  let nextAt = Math.floor(spacing / 2);
  // Rare faults jump the queue, but not in a burst: a file must not open with a wall of faults.
  const rareSpacing = Math.max(1, Math.floor(spacing / 3));
  let nextRareAt = nextAt;
  const isEligible = (fault: Fault<R>, row: R): boolean => !fault.eligible || fault.eligible(row);
  return {
    pick(index, row) {
      const due = index >= nextAt;
      const rareDue = index >= nextRareAt;
      const k = pending.findIndex((fault) => (due || (rareDue && fault.rare)) && isEligible(fault, row));
      if (k >= 0) {
        const [fault] = pending.splice(k, 1);
        if (due) nextAt = index + spacing;
        else nextRareAt = index + rareSpacing;
        return fault;
      }
      if (!random.chance(rate)) return null;
      const fault = random.pick(faults);
      return isEligible(fault, row) ? fault : null;
    },
    pending: () => pending.map((fault) => fault.kind),
  };
}

/** Counts of what the generator wrote into one file. */
export interface FileStats {
  /** Records written after the header (blank lines excluded). */
  rows: number;
  /** Business records: the flag's count (users, transactions) or the subscriptions made. */
  generated: number;
  /** Extra records: deliberate duplicates and corrections, `rows = generated + extra`. */
  extra: number;
  blankLines: number;
  /** How often each fault kind fired. */
  faults: Record<string, number>;
  /** Fault kinds that found no eligible row (only possible in very small files). */
  unfired: string[];
}

export const emptyStats = (): FileStats => ({ rows: 0, generated: 0, extra: 0, blankLines: 0, faults: {}, unfired: [] });

/**
 * Turns records into CSV lines, applying the picked faults and writing their extra
 * records in due course. Memory stays bounded: only extras waiting their turn are held.
 *
 * @param rows the business records
 * @param options how to make the cells of a row, the file's column `order`, the fault
 *   picker (null for clean files); `stats` is filled in
 * @returns the data lines (no header), without line ends
 * @example
 * for (const line of toMessyLines(users, { toCells, order: [0, 1, 2], picker, random, stats })) write(line);
 */
export function* toMessyLines<R>(
  rows: Iterable<R>,
  {
    toCells,
    order,
    picker,
    random,
    stats,
  }: {
    toCells: (row: R) => string[];
    /** For each file column, the index of its cell in the contract's order. */
    order: readonly number[];
    picker: FaultPicker<R> | null;
    random: Random;
    stats: FileStats;
  },
): Generator<string> {
  const encode = (cells: string[]): string => toCsvLine(order.map((i) => cells[i]));
  const encodeRaw = (fields: string[]): string =>
    [...order.map((i) => fields[i]).filter((field) => field !== undefined), ...fields.slice(order.length)].join(',');
  let waiting: { at: number; line: string }[] = [];
  let index = 0;
  for (const row of rows) {
    const emission: Emission = { cells: toCells(row), raw: null, blankBefore: false, later: [] };
    const fault = picker?.pick(index, row) ?? null;
    if (fault) {
      fault.apply(row, emission, random);
      stats.faults[fault.kind] = (stats.faults[fault.kind] ?? 0) + 1;
    }
    if (emission.blankBefore) {
      stats.blankLines++;
      yield '';
    }
    stats.rows++;
    stats.generated++;
    yield emission.raw ? encodeRaw(emission.raw) : encode(emission.cells);
    for (const { after, cells } of emission.later) waiting.push({ at: index + after, line: encode(cells) });
    if (waiting.length > 0) {
      const due = waiting.filter((w) => w.at <= index);
      waiting = waiting.filter((w) => w.at > index);
      for (const { line } of due) {
        stats.rows++;
        stats.extra++;
        yield line;
      }
    }
    index++;
  }
  for (const { line } of waiting) {
    stats.rows++;
    stats.extra++;
    yield line;
  }
  stats.unfired = picker?.pending() ?? [];
}
