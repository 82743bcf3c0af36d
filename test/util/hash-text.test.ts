import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hashText, hashText32 } from '../../src/util/hash-text.ts';

const test = suite('hashText()');

const pair = (text: string) => {
  const out = new Uint32Array(2);
  hashText(text, out);
  return [...out];
};

test('gives the same pair for the same text, every time and at any offset', () => {
  const out = new Uint32Array(6);
  hashText('txn_00000001', out, 4);
  assert.equal([...out.slice(4)], pair('txn_00000001'));
  assert.equal(pair('txn_00000001'), pair(`txn_${'00000001'}`));
});

test('tells apart texts that differ in case, white space, one code unit or their length', () => {
  const texts = ['T1', 't1', 'T1 ', 'T1\u00a0', 'T2', 'T', '', 'T1T1', '\ud83d\ude00', '\ud83d\ude01'];
  const seen = new Set(texts.map((text) => pair(text).join(',')));
  assert.is(seen.size, texts.length);
});

test('spreads 200,000 sequential ids without a single 64-bit collision, nor many 32-bit ones', () => {
  const full = new Set<string>();
  const first = new Set<number>();
  for (let i = 0; i < 200_000; i++) {
    const [h1, h2] = pair(`txn_${String(i).padStart(8, '0')}`);
    full.add(`${h1},${h2}`);
    first.add(h1);
  }
  assert.is(full.size, 200_000);
  // Random 32-bit values would collide about n^2 / 2^33 ≈ 5 times.
  assert.ok(200_000 - first.size < 50, `${200_000 - first.size} collisions of the first hash`);
});

test('hashText32 is the first of the pair', () => {
  for (const text of ['', 'C00042', 'sub_004886', 'Zoë €', '\ud83d\ude00']) assert.is(hashText32(text), pair(text)[0], JSON.stringify(text));
});

test.run();
