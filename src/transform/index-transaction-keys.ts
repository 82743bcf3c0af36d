import type { ColumnTable } from 'arquero';
import type { RecordPlace } from '../ingest/load-csv-records.ts';
import { textColumn } from '../util/row-state.ts';

/** What {@link indexTransactionKeys} remembers of a file read in chunks. */
export interface TransactionKeyIndex {
  /** Notes the keys of a chunk's rows that passed the field rules, in file order. */
  add(chunk: ColumnTable): void;
  /** Every record whose key comes more than once in the file so far, earlier copies and the last: the only rows duplicates can touch. */
  repeats(): RecordPlace[];
  /** How many distinct keys it holds. */
  readonly size: number;
}

/**
 * A key index over a file read in chunks: for each transaction_id the line of its latest row,
 * and the places of the rows a later one with the same key displaced. Chunks can then be loaded
 * as they come, and `markDuplicates` run afterwards on the few repeated keys alone (see
 * `resolveRepeatedTransactions`). Memory grows with the number of keys, and with nothing else
 * but the repeats.
 * @param options `key` ['transaction_id']: the key column
 * @returns the index
 * @example
 * const index = indexTransactionKeys();
 * for (const chunk of chunks) index.add(cleanTransactionFields(chunk, rates));
 * index.repeats(); // [{ line: 12, span: 1 }, { line: 940, span: 1 }]
 */
export function indexTransactionKeys({ key = 'transaction_id' }: { key?: string } = {}): TransactionKeyIndex {
  const latest = new Map<string, number>();
  // Spans are kept for the rare record that spans several lines; every other spans one.
  const spans = new Map<number, number>();
  const displaced: number[] = [];
  const repeated = new Set<string>();
  return {
    add(chunk) {
      const keys = textColumn(chunk, key);
      const reasons = textColumn(chunk, 'reason');
      const lines = chunk.array('line') as ArrayLike<number>;
      const raws = textColumn(chunk, 'raw');
      for (let i = 0; i < keys.length; i++) {
        if (reasons[i] !== null) continue;
        const id = keys[i] as string;
        const line = lines[i];
        const earlier = latest.get(id);
        if (earlier !== undefined) {
          displaced.push(earlier);
          repeated.add(id);
        }
        // A long key may be a slice of the whole block it was parsed from; a copy lets the block go.
        latest.set(earlier === undefined && id.length > 12 ? (id + ' ').slice(0, -1) : id, line);
        const raw = raws[i] as string;
        if (raw.includes('\n')) spans.set(line, raw.split('\n').length);
      }
    },
    repeats() {
      const lines = [...displaced, ...[...repeated].map((id) => latest.get(id) as number)].sort((a, b) => a - b);
      return lines.map((line) => ({ line, span: spans.get(line) ?? 1 }));
    },
    get size() {
      return latest.size;
    },
  };
}
