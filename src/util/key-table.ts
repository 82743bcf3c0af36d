import { hashText32 } from './hash-text.ts';

/**
 * A fixed set of keys in an open-addressing table of typed arrays, each key at a slot number:
 * a lookup reads a hash and then the key once, where a `Map` walks its buckets and entries. The
 * slots let two tables refer to each other by number (see `referencesOf`). It copies to a worker
 * thread as a typed array and one array of strings.
 */
export interface KeyTable {
  /** Slots minus one; the slot count is a power of two. */
  mask: number;
  /** Each slot's hash (see `hashText32`), 0 where the slot is empty (a key that hashes to 0 is stored as 1). */
  hashes: Uint32Array;
  /** Each slot's key, null where the slot is empty. */
  keys: (string | null)[];
}

// 0 marks an empty slot, so the probe looks at the typed array alone until a hash matches.
const hashOf = (key: string): number => hashText32(key) || 1;

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
  const table: KeyTable = { mask: slots - 1, hashes: new Uint32Array(slots), keys: new Array<string | null>(slots).fill(null) };
  for (const key of keys) {
    const hash = hashOf(key);
    let slot = hash & table.mask;
    while (table.hashes[slot] !== 0 && table.keys[slot] !== key) slot = (slot + 1) & table.mask;
    table.keys[slot] = key;
    table.hashes[slot] = hash;
  }
  return table;
}

/**
 * The slot of a key in a {@link KeyTable}, or -1 when it is not there. Exact: a hash that
 * matches is confirmed against the key itself.
 * @param table the table
 * @param key the key
 * @returns the slot, or -1
 */
export function slotOfKey(table: KeyTable, key: string): number {
  const hash = hashOf(key);
  const { mask, hashes, keys } = table;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const found = hashes[slot];
    if (found === 0) return -1;
    if (found === hash && keys[slot] === key) return slot;
  }
}
