import type { ColumnTable } from 'arquero';
import type { RecordPlace } from '../ingest/load-csv-records.ts';
import { textColumn } from '../util/row-state.ts';

/** What {@link indexTransactionKeys} remembers of a file read in chunks. */
export interface TransactionKeyIndex {
  /** Notes the keys of a chunk's rows that passed the field rules, in file order. */
  add(chunk: ColumnTable): void;
  /** The same from the keys alone: each row's key, line, and the lines it spans, in file order. */
  addKeys(keys: TransactionKeys): void;
  /** Every record whose key comes more than once in the file so far, earlier copies and the last: the only rows duplicates can touch. */
  repeats(): RecordPlace[];
  /** How many distinct keys it holds. */
  readonly size: number;
  /** Forgets everything: the index is the largest thing a chunked load holds, and is needed no longer than its repeats. */
  clear(): void;
}

const SHARDS = 64;

/** A chunk's keys as the index takes them (see {@link TransactionKeyIndex.addKeys}). */
export interface TransactionKeys {
  ids: string[];
  lines: number[];
  spans: number[];
}

/**
 * The keys of a chunk's rows that passed the field rules, with their lines and spans.
 * @param chunk a chunk after the field rules, with `line`, `raw` and `reason`
 * @param key ['transaction_id'] the key column
 * @returns the keys in file order
 */
export function transactionKeysOf(chunk: ColumnTable, key = 'transaction_id'): TransactionKeys {
  const ids = textColumn(chunk, key);
  const reasons = textColumn(chunk, 'reason');
  const lines = chunk.array('line') as ArrayLike<number>;
  const raws = textColumn(chunk, 'raw');
  const kept: TransactionKeys = { ids: [], lines: [], spans: [] };
  for (let i = 0; i < ids.length; i++) {
    if (reasons[i] !== null) continue;
    kept.ids.push(ids[i] as string);
    kept.lines.push(lines[i]);
    const raw = raws[i] as string;
    kept.spans.push(raw.includes('\n') ? raw.split('\n').length : 1);
  }
  return kept;
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
  // Keys are spread over several maps: one V8 Map holds at most 2^24 entries, and a smaller map
  // that doubles its table on growth needs far less room for the moment both tables are alive.
  const shards = Array.from({ length: SHARDS }, () => new Map<string, number>());
  const shardOf = (id: string) => shards[(id.charCodeAt(id.length - 1) * 31 + id.charCodeAt(id.length - 2 < 0 ? 0 : id.length - 2)) & (SHARDS - 1)];
  // Spans are kept for the rare record that spans several lines; every other spans one.
  const spans = new Map<number, number>();
  const displaced: number[] = [];
  const repeated = new Set<string>();
  const index: TransactionKeyIndex = {
    add(chunk) {
      index.addKeys(transactionKeysOf(chunk, key));
    },
    addKeys({ ids, lines, spans: lineSpans }) {
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        const line = lines[i];
        const latest = shardOf(id);
        const earlier = latest.get(id);
        if (earlier !== undefined) {
          displaced.push(earlier);
          repeated.add(id);
        }
        // A long key may be a slice of the whole block it was parsed from; a copy lets the block go.
        latest.set(earlier === undefined && id.length > 12 ? (id + ' ').slice(0, -1) : id, line);
        if (lineSpans[i] > 1) spans.set(line, lineSpans[i]);
      }
    },
    repeats() {
      const lines = [...displaced, ...[...repeated].map((id) => shardOf(id).get(id) as number)].sort((a, b) => a - b);
      return lines.map((line) => ({ line, span: spans.get(line) ?? 1 }));
    },
    get size() {
      return shards.reduce((sum, shard) => sum + shard.size, 0);
    },
    clear() {
      for (const shard of shards) shard.clear();
      spans.clear();
      displaced.length = 0;
      repeated.clear();
    },
  };
  return index;
}
