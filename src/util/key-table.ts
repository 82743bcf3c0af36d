import { hashText } from './hash-text.ts';

/**
 * A fixed set of keys in an open-addressing table of typed arrays, each key at a slot number:
 * a lookup reads a fingerprint and then the key once, where a `Map` walks its buckets and
 * entries. The slots let two tables refer to each other by number (see `referencesOf`). It
 * copies to a worker thread as typed arrays and one array of strings.
 */
export interface KeyTable {
  /** Slots minus one; the slot count is a power of two. */
  mask: number;
  /** Each slot's fingerprint (see `hashText`), two numbers a slot. */
  hashes: Uint32Array;
  /** Each slot's key, null where the slot is empty. */
  keys: (string | null)[];
}

/**
 * Builds a {@link KeyTable}; a key given twice takes one slot.
 * @param keys the keys
 * @returns the table
 * @example
 * const customers = keyTableOf(['C1', 'C2']);
 * slotOfKey(customers, 'C2'); // a slot number
 */
export function keyTableOf(keys: readonly string[]): KeyTable {
  // At most half full: probes stay short.
  let slots = 16;
  while (slots < keys.length * 2) slots *= 2;
  const table: KeyTable = { mask: slots - 1, hashes: new Uint32Array(2 * slots), keys: new Array<string | null>(slots).fill(null) };
  const pair = new Uint32Array(2);
  for (const key of keys) {
    hashText(key, pair);
    let slot = pair[0] & table.mask;
    while (table.keys[slot] !== null && table.keys[slot] !== key) slot = (slot + 1) & table.mask;
    table.keys[slot] = key;
    table.hashes[2 * slot] = pair[0];
    table.hashes[2 * slot + 1] = pair[1];
  }
  return table;
}

const scratch = new Uint32Array(2);

/**
 * The slot of a key in a {@link KeyTable}, or -1 when it is not there. Exact: a fingerprint that
 * matches is confirmed against the key itself.
 * @param table the table
 * @param key the key
 * @returns the slot, or -1
 */
export function slotOfKey(table: KeyTable, key: string): number {
  hashText(key, scratch);
  const [h1, h2] = scratch;
  const { mask, hashes, keys } = table;
  for (let slot = h1 & mask; ; slot = (slot + 1) & mask) {
    const found = keys[slot];
    if (found === null) return -1;
    if (hashes[2 * slot] === h1 && hashes[2 * slot + 1] === h2 && found === key) return slot;
  }
}
