import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { keyTableOf, slotOfKey } from '../../src/util/key-table.ts';

const test = suite('keyTableOf(keys), slotOfKey(table, key)');

test('finds every key it was given, each at its own slot, and nothing else', () => {
  const keys = Array.from({ length: 5000 }, (_, i) => `C${String(i).padStart(5, '0')}`);
  const table = keyTableOf(keys);
  const slots = keys.map((key) => slotOfKey(table, key));
  assert.ok(slots.every((slot) => slot >= 0));
  assert.is(new Set(slots).size, keys.length);
  for (const absent of ['C05000', 'c00001', 'C00001 ', '', 'C0000']) assert.is(slotOfKey(table, absent), -1, JSON.stringify(absent));
});

test('a key given twice takes one slot; an empty table finds nothing', () => {
  const table = keyTableOf(['S1', 'S2', 'S1']);
  assert.is(table.keys.filter((key) => key !== null).length, 2);
  assert.is(slotOfKey(keyTableOf([]), 'S1'), -1);
});

test('survives a copy to another thread, as structuredClone makes it', () => {
  const table = keyTableOf(['a', 'b', 'c']);
  const copy = structuredClone(table);
  assert.is(slotOfKey(copy, 'b'), slotOfKey(table, 'b'));
  assert.is(slotOfKey(copy, 'd'), -1);
});

test.run();
