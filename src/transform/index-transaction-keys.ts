import type { ColumnTable } from 'arquero';
import type { RecordPlace } from '../ingest/load-csv-records.ts';
import { hashText } from '../util/hash-text.ts';
import { columnValues, textColumn } from '../util/row-state.ts';

/** What {@link indexTransactionKeys} remembers of a file read in chunks. */
export interface TransactionKeyIndex {
  /** Notes the keys of a chunk's rows that passed the field rules, in file order. */
  add(chunk: ColumnTable): void;
  /** The same from the keys alone: each row's key, line, and the lines it spans, in file order. */
  addKeys(keys: TransactionKeys): void;
  /** Every record whose key comes more than once in the file so far, earlier copies and the last: the only rows duplicates can touch. */
  repeats(): RecordPlace[];
  /** How many distinct keys it holds (strictly, distinct fingerprints). */
  readonly size: number;
  /** Forgets everything: the index is the largest thing a chunked load holds, and is needed no longer than its repeats. */
  clear(): void;
}

/** A chunk's keys as the index takes them (see {@link TransactionKeyIndex.addKeys}): typed arrays, cheap to send between threads. */
export interface TransactionKeys {
  /** Each key's fingerprint, two numbers per key (see `hashText`). */
  hashes: Uint32Array;
  lines: Int32Array;
  /** How many lines each record spans (more than one where a quoted field holds line ends). */
  spans: Int32Array;
}

/**
 * The keys of a chunk's rows that passed the field rules, as fingerprints with their lines and spans.
 * @param chunk a chunk after the field rules, with `line`, `raw` and `reason`
 * @param key ['transaction_id'] the key column
 * @returns the keys in file order
 */
export function transactionKeysOf(chunk: ColumnTable, key = 'transaction_id'): TransactionKeys {
  const ids = textColumn(chunk, key);
  const reasons = textColumn(chunk, 'reason');
  const lines = columnValues<number>(chunk, 'line');
  const raws = textColumn(chunk, 'raw');
  let n = 0;
  for (let i = 0; i < ids.length; i++) if (reasons[i] === null) n++;
  const kept: TransactionKeys = { hashes: new Uint32Array(2 * n), lines: new Int32Array(n), spans: new Int32Array(n) };
  for (let i = 0, k = 0; i < ids.length; i++) {
    if (reasons[i] !== null) continue;
    hashText(ids[i] as string, kept.hashes, 2 * k);
    kept.lines[k] = lines[i];
    const raw = raws[i] as string;
    kept.spans[k] = raw.includes('\n') ? raw.split('\n').length : 1;
    k++;
  }
  return kept;
}

// Past this share of slots taken, the table doubles: linear probing stays short below it.
const MAX_LOAD = 0.75;

/**
 * A key index over a file read in chunks: for each transaction_id the line of its latest row,
 * and the places of the rows a later one with the same key displaced. Chunks can then be loaded
 * as they come, and `markDuplicates` run afterwards on the few repeated keys alone (see
 * `resolveRepeatedTransactions`).
 *
 * It holds 64-bit fingerprints of the keys in typed arrays, not the keys: about 16 bytes a key
 * instead of a hundred, and nothing for the garbage collector to walk. Two keys with the same
 * fingerprint (about once in 2^64) are both named as repeats; `markDuplicates` compares the keys
 * themselves and lets both stand, so that costs a few rows read again, never a wrong answer.
 * @param options `key` ['transaction_id']: the key column
 * @returns the index
 * @example
 * const index = indexTransactionKeys();
 * for (const chunk of chunks) index.add(cleanTransactionFields(chunk, rates));
 * index.repeats(); // [{ line: 12, span: 1 }, { line: 940, span: 1 }]
 */
export function indexTransactionKeys({ key = 'transaction_id' }: { key?: string } = {}): TransactionKeyIndex {
  let capacity = 1 << 16;
  let hashes = new Uint32Array(2 * capacity);
  // The latest line of the key in each slot (0: empty slot), negated once the key came again.
  let latest = new Int32Array(capacity);
  let size = 0;
  // Spans are kept for the rare record that spans several lines; every other spans one.
  const spans = new Map<number, number>();
  const displaced: number[] = [];

  // The slot holding the pair, or the empty slot where it goes.
  const slotOf = (h1: number, h2: number): number => {
    const mask = capacity - 1;
    let slot = h1 & mask;
    while (latest[slot] !== 0 && (hashes[2 * slot] !== h1 || hashes[2 * slot + 1] !== h2)) slot = (slot + 1) & mask;
    return slot;
  };
  const grow = () => {
    const [oldHashes, oldLatest] = [hashes, latest];
    capacity *= 2;
    hashes = new Uint32Array(2 * capacity);
    latest = new Int32Array(capacity);
    for (let old = 0; old < oldLatest.length; old++) {
      if (oldLatest[old] === 0) continue;
      const slot = slotOf(oldHashes[2 * old], oldHashes[2 * old + 1]);
      hashes[2 * slot] = oldHashes[2 * old];
      hashes[2 * slot + 1] = oldHashes[2 * old + 1];
      latest[slot] = oldLatest[old];
    }
  };

  const index: TransactionKeyIndex = {
    add(chunk) {
      index.addKeys(transactionKeysOf(chunk, key));
    },
    addKeys({ hashes: pairs, lines, spans: lineSpans }) {
      for (let i = 0; i < lines.length; i++) {
        if (size + 1 > capacity * MAX_LOAD) grow();
        const h1 = pairs[2 * i];
        const h2 = pairs[2 * i + 1];
        const line = lines[i];
        const slot = slotOf(h1, h2);
        const earlier = latest[slot];
        if (earlier === 0) {
          hashes[2 * slot] = h1;
          hashes[2 * slot + 1] = h2;
          latest[slot] = line;
          size++;
        } else {
          displaced.push(Math.abs(earlier));
          latest[slot] = -line;
        }
        if (lineSpans[i] > 1) spans.set(line, lineSpans[i]);
      }
    },
    repeats() {
      const lines = [...displaced];
      for (let slot = 0; slot < capacity; slot++) if (latest[slot] < 0) lines.push(-latest[slot]);
      lines.sort((a, b) => a - b);
      return lines.map((line) => ({ line, span: spans.get(line) ?? 1 }));
    },
    get size() {
      return size;
    },
    clear() {
      capacity = 1 << 16;
      hashes = new Uint32Array(2 * capacity);
      latest = new Int32Array(capacity);
      size = 0;
      spans.clear();
      displaced.length = 0;
    },
  };
  return index;
}
