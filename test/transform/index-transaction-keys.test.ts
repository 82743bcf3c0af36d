import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as aq from 'arquero';
import { indexTransactionKeys } from '../../src/transform/index-transaction-keys.ts';

const test = suite('indexTransactionKeys()');

const chunk = (rows: [number, string | null, string | null][]) =>
  aq.table({ line: rows.map((row) => row[0]), transaction_id: rows.map((row) => row[1]), reason: rows.map((row) => row[2]), raw: rows.map((row) => `${row[1]},…`) });

test('finds no repeats in a file of distinct keys', () => {
  const index = indexTransactionKeys();
  index.add(chunk([[2, 'T1', null], [3, 'T2', null]]));
  index.add(chunk([[4, 'T3', null]]));
  assert.equal(index.repeats(), []);
  assert.is(index.size, 3);
});

test('names every row of a key that comes again, across chunks, the last one included', () => {
  const index = indexTransactionKeys();
  index.add(chunk([[2, 'T1', null], [3, 'T2', null], [4, 'T1', null]]));
  index.add(chunk([[5, 'T3', null], [6, 'T1', null], [7, 'T2', null]]));
  assert.equal(index.repeats(), [2, 3, 4, 6, 7].map((line) => ({ line, span: 1 })));
});

test('ignores rows a field rule rejected: they take no part in duplicates', () => {
  const index = indexTransactionKeys();
  index.add(chunk([[2, 'T1', 'bad_date'], [3, 'T1', null], [4, null, 'missing_id']]));
  assert.equal(index.repeats(), []);
});

test('compares keys exactly: case and code points count', () => {
  const index = indexTransactionKeys();
  index.add(chunk([[2, 'T1', null], [3, 't1', null], [4, 'T1\u00a0', null]]));
  assert.equal(index.repeats(), []);
});

test('knows how many lines a record with quoted line ends spans', () => {
  const index = indexTransactionKeys();
  const table = aq.table({ line: [2, 5], transaction_id: ['T1', 'T1'], reason: [null, null], raw: ['T1,"a\nb\nc",x', 'T1,y'] });
  index.add(table);
  assert.equal(index.repeats(), [{ line: 2, span: 3 }, { line: 5, span: 1 }]);
});

test('keeps every key as its table grows to a million', () => {
  const index = indexTransactionKeys();
  const ids = Array.from({ length: 1_000_000 }, (_, i) => `txn_${i}`);
  for (let from = 0; from < ids.length; from += 100_000) {
    const slice = ids.slice(from, from + 100_000);
    index.add(aq.table({ line: slice.map((_, i) => from + i + 2), transaction_id: slice, reason: slice.map(() => null), raw: slice }));
  }
  index.add(chunk([[1_000_002, 'txn_0', null], [1_000_003, 'txn_999999', null]]));
  assert.is(index.size, 1_000_000);
  assert.equal(index.repeats().map((place) => place.line), [2, 1_000_001, 1_000_002, 1_000_003]);
});

test('names both rows of two keys that share a fingerprint: the rows are compared again later, not dropped', () => {
  const index = indexTransactionKeys();
  const same = new Uint32Array([7, 9]);
  index.addKeys({ hashes: same, lines: new Int32Array([2]), spans: new Int32Array([1]) });
  index.addKeys({ hashes: same, lines: new Int32Array([3]), spans: new Int32Array([1]) });
  assert.equal(index.repeats(), [{ line: 2, span: 1 }, { line: 3, span: 1 }]);
});

test('forgets everything on clear()', () => {
  const index = indexTransactionKeys();
  index.add(chunk([[2, 'T1', null], [3, 'T1', null]]));
  index.clear();
  index.add(chunk([[4, 'T1', null]]));
  assert.is(index.size, 1);
  assert.equal(index.repeats(), []);
});

test.run();
